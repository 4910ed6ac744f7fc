package io.switchboard.workflow.catalog;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.workflow.WorkflowDocument;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/** A workflow definition as the JSON text a version stores (and export gives). */
public final class DefinitionJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    private DefinitionJson() {
    }

    public static String write(WorkflowDocument doc) {
        return JSONB.toJson(doc);
    }

    public static WorkflowDocument read(String json) {
        try {
            return JSONB.fromJson(json, WorkflowDocument.class);
        } catch (JsonbException e) {
            throw PlatformException.invalid("workflow-json-invalid", "The workflow definition is not valid JSON of a "
                    + "workflow: " + e.getMessage());
        }
    }
}
