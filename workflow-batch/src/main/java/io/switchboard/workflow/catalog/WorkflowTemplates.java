package io.switchboard.workflow.catalog;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowTemplateView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The templates shipped with the platform (JSON resources next to this class). */
public final class WorkflowTemplates {

    static final List<String> IDS = List.of("document-question-with-approval", "nightly-data-report", "triage-and-route");

    private WorkflowTemplates() {
    }

    public static List<WorkflowTemplateView> all() {
        return IDS.stream().map(WorkflowTemplates::get).toList();
    }

    public static WorkflowTemplateView get(String id) {
        if (!IDS.contains(id)) {
            throw PlatformException.notFound("workflow-template-not-found", "No workflow template '" + id
                    + "'; templates: " + String.join(", ", IDS));
        }
        try (InputStream in = WorkflowTemplates.class.getResourceAsStream("/io/switchboard/workflow/templates/" + id
                + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Template " + id + " is missing from the workflow module");
            }
            WorkflowDocument doc = DefinitionJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new WorkflowTemplateView(id, doc.name(), doc.description(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
