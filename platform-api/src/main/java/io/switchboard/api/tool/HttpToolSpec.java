package io.switchboard.api.tool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an {@code http} tool calls. {@code {name}} in the URL is replaced by the URL-encoded argument
 * {@code name}; {@code query} maps query parameters to argument names; header values may hold
 * {@code {{secret:NAME}}}, read from the environment variable {@code SWITCHBOARD_SECRET_NAME} at call time.
 */
@Schema(name = "HttpToolSpec")
public record HttpToolSpec(
        @Schema(enumeration = {"GET", "POST", "PUT", "PATCH", "DELETE"}, example = "GET")
        @NotBlank(message = "is required") @Pattern(regexp = "GET|POST|PUT|PATCH|DELETE", message = "must be GET, POST, PUT, PATCH or DELETE")
        String method,

        @Schema(example = "https://api.example.com/orders/{orderId}")
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        String url,

        @Schema(description = "Query parameter name -> argument name", example = "{\"status\": \"status\"}")
        @Size(max = 50, message = "may hold at most 50 entries")
        Map<String, String> query,

        @Schema(description = "Header name -> value; values may reference {{secret:NAME}}",
                example = "{\"Authorization\": \"Bearer {{secret:CRM_TOKEN}}\"}")
        @Size(max = 50, message = "may hold at most 50 entries")
        Map<String, String> headers,

        @Schema(description = "Send the arguments as a JSON body (POST, PUT, PATCH; default true for those)")
        Boolean argumentsAsBody) {
}
