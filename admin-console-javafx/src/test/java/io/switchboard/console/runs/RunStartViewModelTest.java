package io.switchboard.console.runs;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.console.concurrent.SameThreadTasks;
import io.switchboard.console.designer.FakeWorkflowsApi;
import io.switchboard.console.widgets.SchemaForm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunStartViewModelTest {

    private final FakeWorkflowsApi api = new FakeWorkflowsApi();
    private final RunStartViewModel model = new RunStartViewModel(api, new SameThreadTasks());
    private final List<WorkflowView> chosen = new ArrayList<>();

    @Test
    void theFormHasAFieldPerDeclaredInputTypedRequiredAndWithItsDefault() {
        saveWithInputs(List.of(
                new WorkflowInput("question", "string", null, "what to ask", null),
                new WorkflowInput("amount", "number", true, null, null),
                new WorkflowInput("urgent", "boolean", false, null, null),
                new WorkflowInput("region", "string", true, null, Json.createValue("eu"))));
        model.load("wf-1", chosen::add);

        assertThat(chosen).extracting(WorkflowView::id).containsExactly("wf-1");
        assertThat(model.needsNoInputs()).isFalse();
        assertThat(model.formProperty().get().fields()).extracting(SchemaForm.Field::name, SchemaForm.Field::type,
                SchemaForm.Field::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("question", "string", true),
                org.assertj.core.groups.Tuple.tuple("amount", "number", true),
                org.assertj.core.groups.Tuple.tuple("urgent", "boolean", false),
                org.assertj.core.groups.Tuple.tuple("region", "string", false));
        assertThat(model.values()).containsEntry("region", "eu").containsEntry("question", "");
    }

    @Test
    void wrongOrMissingFieldsAreNamedAndGoodOnesBecomeTheInputsObject() {
        saveWithInputs(List.of(new WorkflowInput("question", "string", null, null, null),
                new WorkflowInput("amount", "number", null, null, null)));
        model.load(null, chosen::add);
        model.values().put("amount", "a lot");

        assertThat(model.inputs()).isEmpty();
        assertThat(model.problems()).containsOnlyKeys("question", "amount");
        assertThat(model.messageProperty().get()).contains("question is required", "amount must be a number");

        model.values().put("question", "How much?");
        model.values().put("amount", "12.5");
        Optional<JsonObject> inputs = model.inputs();
        assertThat(inputs).contains(Json.createObjectBuilder().add("question", "How much?")
                .add("amount", new java.math.BigDecimal("12.5")).build());
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void aWorkflowWithoutInputsNeedsNoFormAndAnEmptyCatalogueSaysSo() {
        model.load(null, chosen::add);
        assertThat(chosen).containsExactly((WorkflowView) null);
        assertThat(model.messageProperty().get()).contains("no workflow to run");
        assertThat(model.inputs()).isEmpty();

        saveWithInputs(List.of());
        model.load("wf-1", chosen::add);
        assertThat(model.needsNoInputs()).isTrue();
        assertThat(model.inputs()).contains(JsonObject.EMPTY_JSON_OBJECT);
    }

    private void saveWithInputs(List<WorkflowInput> inputs) {
        api.saved.add(new WorkflowVersionView("wf-1", 1, null, "admin", "t",
                new WorkflowDocument("quote", null, inputs, List.of(), List.of())));
    }
}
