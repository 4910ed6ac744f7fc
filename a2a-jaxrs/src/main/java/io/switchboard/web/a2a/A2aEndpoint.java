package io.switchboard.web.a2a;

import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.a2a.server.A2aLimits;
import io.switchboard.orchestration.a2a.server.Caller;
import io.switchboard.web.RequestBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The HTTP side shared by every A2A endpoint: reads the request body within the size limit, turns the
 * dispatcher's reply into a JSON or SSE response (JSON-RPC errors travel with HTTP 200), and serves cards
 * with an ETag and Cache-Control.
 */
@ApplicationScoped
public class A2aEndpoint {

    public static final String EVENT_STREAM = "text/event-stream";
    private static final int CARD_MAX_AGE_SECONDS = 300;

    @Inject
    JsonRpcDispatcher dispatcher;

    @Inject
    A2aLimits limits;

    Response handle(String agentId, String versionHeader, InputStream body, SecurityContext security) {
        String text = RequestBodies.readLimited(body, limits.maxRequestBytes());
        if (text == null) {
            return Response.ok(JsonRpcDispatcher.error(new V03Codec(), JsonValue.NULL, JsonRpc.INVALID_REQUEST,
                    "Invalid request: the body is larger than " + limits.maxRequestBytes() + " bytes").toString(),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        Caller caller = new Caller(security.getUserPrincipal().getName(), security.isUserInRole(Roles.ADMIN));
        A2aReply reply = dispatcher.dispatch(agentId, versionHeader, text, caller);
        if (reply instanceof A2aReply.Stream stream) {
            return Response.ok(stream.events(), EVENT_STREAM)
                    .header("Cache-Control", "no-cache")
                    .header("X-Accel-Buffering", "no")
                    .build();
        }
        return Response.ok(((A2aReply.Single) reply).response(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    Response card(AgentCard card, Request request) {
        String json = A2aJson.toJson(card).toString();
        EntityTag tag = new EntityTag(sha256(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CARD_MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }


    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
