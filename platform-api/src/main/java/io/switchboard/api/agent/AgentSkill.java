package io.switchboard.api.agent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something an agent can do: shown on its A2A card, and what the orchestrator routes by (the description and
 * the examples are compared with each request).
 */
@Schema(name = "AgentSkill")
public record AgentSkill(
        @Schema(example = "percentages", required = true)
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "must be 1-64 letters, digits, '_', '.' or '-'")
        String id,

        @Schema(example = "Percentages and arithmetic", required = true)
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(example = "Works out percentages, sums and other arithmetic")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Size(max = 20, message = "may hold at most 20 tags")
        List<@NotBlank(message = "must not be blank") @Size(max = 50, message = "must be at most 50 characters") String> tags,

        @Schema(description = "Requests this skill answers, in the words of a user", example = "[\"what is 15% of 200\"]")
        @Size(max = 30, message = "may hold at most 30 examples")
        List<@NotBlank(message = "must not be blank") @Size(max = 500, message = "must be at most 500 characters") String> examples) {

    public AgentSkill {
        tags = tags == null ? List.of() : List.copyOf(tags);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
