package io.switchboard.api.a2a;

/** The {@code error} member of a JSON-RPC 2.0 response. */
public record JsonRpcError(int code, String message, Object data) {
}
