package io.switchboard.api.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's decision on a waiting approval node. */
@Schema(name = "ApprovalRequest")
public record ApprovalRequest(@NotNull(message = "is required (true to approve, false to reject)") Boolean approve,
                              @Size(max = 1000, message = "must be at most 1000 characters") String comment) {
}
