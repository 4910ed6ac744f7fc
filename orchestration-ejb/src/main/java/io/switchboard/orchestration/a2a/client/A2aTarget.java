package io.switchboard.orchestration.a2a.client;

/**
 * An agent to call: its name, JSON-RPC endpoint, the protocol version to speak ({@code "0.3"} or
 * {@code "1.0"}) and the bearer token to present; null means the platform's own short-lived service token.
 */
public record A2aTarget(String name, String endpointUrl, String protocolVersion, String bearerToken) {

    public static final String V0_3 = "0.3";
    public static final String V1_0 = "1.0";

    /** An agent of this platform (or of another server sharing its signing keys). */
    public static A2aTarget platformAgent(String name, String endpointUrl) {
        return new A2aTarget(name, endpointUrl, V0_3, null);
    }

    boolean speaks10() {
        return V1_0.equals(protocolVersion);
    }

    @Override
    public String toString() {
        return "A2aTarget[" + name + " at " + endpointUrl + ", A2A " + protocolVersion + "]";
    }
}
