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
 * URI is the agent's endpoint URL. The response stays a JSON object: its {@code result} is a Task or a
 * Message, told apart by {@code kind}.
 */
public interface A2aJsonRpcClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject call(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonRpcRequest<?> request);
}
