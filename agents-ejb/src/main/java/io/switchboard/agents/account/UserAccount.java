package io.switchboard.agents.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A user account: a name, a password hash and roles. */
@Entity
@Table(name = "users")
@NamedQuery(name = UserAccount.BY_USERNAME_KEY, query = "SELECT u FROM UserAccount u WHERE u.usernameKey = :key")
public class UserAccount {

    static final String BY_USERNAME_KEY = "UserAccount.byUsernameKey";

    @Id
    private String id;

    private String username;

    @Column(name = "username_key")
    private String usernameKey;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Comma-separated, sorted. */
    private String roles;

    private boolean enabled;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected UserAccount() {
    }

    static UserAccount create(String username, String passwordHash, Set<String> roles, Instant now) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID().toString();
        user.username = username;
        user.usernameKey = usernameKey(username);
        user.passwordHash = passwordHash;
        user.roles = String.join(",", new TreeSet<>(roles));
        user.enabled = true;
        user.createdAt = now.atOffset(ZoneOffset.UTC);
        return user;
    }

    /** User names are unique regardless of letter case. */
    static String usernameKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<String> getRoles() {
        return roles == null || roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }
}
