package io.switchboard.api.a2a;

/** A JSON-RPC 2.0 request as a client sends it. */
public record JsonRpcRequest<P>(String jsonrpc, String id, String method, P params) {

    public static <P> JsonRpcRequest<P> of(String id, String method, P params) {
        return new JsonRpcRequest<>(JsonRpc.VERSION, id, method, params);
    }
}
