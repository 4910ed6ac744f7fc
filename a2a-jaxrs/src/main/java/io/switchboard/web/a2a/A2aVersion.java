package io.switchboard.web.a2a;

import java.util.Optional;

/** The A2A protocol versions the endpoints speak, chosen by the {@code A2A-Version} request header. */
public enum A2aVersion {
    V0_3("0.3"),
    V1_0("1.0");

    private final String wire;

    A2aVersion(String wire) {
        this.wire = wire;
    }

    /** The version as written on the wire ({@code Major.Minor}). */
    public String wire() {
        return wire;
    }

    /**
     * The version a header value asks for: absent or empty means 0.3 (clients of 0.3 send no header); the
     * patch number is ignored ({@code 1.0.2} is 1.0). Empty when the version is not supported.
     */
    static Optional<A2aVersion> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.of(V0_3);
        }
        String[] numbers = header.trim().split("\\.");
        if (numbers.length < 2) {
            return Optional.empty();
        }
        String majorMinor = numbers[0] + "." + numbers[1];
        return switch (majorMinor) {
            case "0.3" -> Optional.of(V0_3);
            case "1.0" -> Optional.of(V1_0);
            default -> Optional.empty();
        };
    }
}
