package io.switchboard.console.runs;

import io.switchboard.api.workflow.WorkflowInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Set;

/**
 * A workflow's declared inputs as a JSON Schema object, so that a run's start form is made (and read back) the
 * way a tool's arguments form is: an input is required when it says so (the default) and has no default value.
 */
final class RunInputs {

    private static final Set<String> TYPES = Set.of("string", "number", "boolean", "object", "array");

    private RunInputs() {
    }

    static JsonObject schema(List<WorkflowInput> inputs) {
        JsonObjectBuilder properties = Json.createObjectBuilder();
        JsonArrayBuilder required = Json.createArrayBuilder();
        for (WorkflowInput input : inputs == null ? List.<WorkflowInput>of() : inputs) {
            if (input == null || input.name() == null || input.name().isBlank()) {
                continue;
            }
            JsonObjectBuilder property = Json.createObjectBuilder();
            if (input.type() != null && TYPES.contains(input.type())) {
                property.add("type", input.type());
            }
            if (input.description() != null && !input.description().isBlank()) {
                property.add("description", input.description());
            }
            if (input.defaultValue() != null) {
                property.add("default", input.defaultValue());
            } else if (!Boolean.FALSE.equals(input.required())) {
                required.add(input.name());
            }
            properties.add(input.name(), property);
        }
        return Json.createObjectBuilder().add("type", "object").add("properties", properties)
                .add("required", required).build();
    }
}
