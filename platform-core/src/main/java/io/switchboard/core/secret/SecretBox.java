package io.switchboard.core.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens secrets with AES-256-GCM. A sealed value is {@code v1:<base64(iv || ciphertext+tag)>}; the
 * associated data (for example {@code "push-config:<taskId>"}) binds it to where it is stored, so a sealed
 * value copied elsewhere does not open.
 */
public final class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(SecretKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** How a stored secret is shown instead of itself: its last four characters, e.g. ••••3f9a (none if short). */
    public static String hint(String secret) {
        return "••••" + (secret.length() <= 8 ? "" : secret.substring(secret.length() - 4));
    }

    public String seal(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret: " + e.getMessage(), e);
        }
    }

    /** The plaintext; fails when the value was sealed with another key or for other associated data. */
    public String open(String sealed, String associatedData) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a sealed secret");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (bytes.length <= IV_BYTES) {
            throw new IllegalArgumentException("Sealed secret is truncated");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), associatedData);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A sealed secret does not open with the current master key "
                    + "(was SWITCHBOARD_MASTER_KEY changed?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a sealed secret: " + e.getMessage(), e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        if (associatedData != null) {
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return cipher;
    }
}
