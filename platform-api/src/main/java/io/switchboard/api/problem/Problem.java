package io.switchboard.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, sent as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type") String type,
        @Schema(description = "Short, human-readable summary of the problem type") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong in this occurrence, in plain words") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Each invalid field, when the request failed validation") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request body, e.g. name or tools[2]") String field,
            String message) {
    }
}
