package io.switchboard.api.a2a;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The JSON-RPC endpoint of one A2A agent, for a type-safe REST client (MicroProfile Rest Client) whose base
 * URI is the agent's endpoint URL. Requests and responses stay JSON objects because their shapes depend on
 * the protocol version: no {@code A2A-Version} header (null) means 0.3, {@code 1.0} the 1.0 binding.
 */
public interface A2aJsonRpcClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject call(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                    @HeaderParam(JsonRpc.VERSION_HEADER) String protocolVersion, JsonObject request);
}
