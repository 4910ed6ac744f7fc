package io.switchboard.console.designer;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.WorkflowsApi;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowCheck;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowVersionRequest;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;

import java.util.ArrayList;
import java.util.List;

/** A workflow catalogue in memory, recording what the view model sent; can refuse with given field errors. */
public final class FakeWorkflowsApi implements WorkflowsApi {

    public final List<WorkflowVersionView> saved = new ArrayList<>();
    public List<Problem.FieldError> refuseWith = List.of();
    public List<Problem.FieldError> problems = List.of();

    @Override
    public List<WorkflowView> workflows() {
        return saved.isEmpty() ? List.of() : List.of(workflow("wf-1"));
    }

    @Override
    public WorkflowView workflow(String idOrName) {
        WorkflowVersionView last = saved.get(saved.size() - 1);
        return new WorkflowView("wf-1", last.definition().name(), null, last.version(), "admin", "t", "t",
                last.definition());
    }

    @Override
    public WorkflowView create(WorkflowDocument definition) {
        refuseIfAsked();
        saved.add(new WorkflowVersionView("wf-1", 1, null, "admin", "t", definition));
        return workflow("wf-1");
    }

    @Override
    public WorkflowView newVersion(String id, WorkflowVersionRequest request) {
        refuseIfAsked();
        saved.add(new WorkflowVersionView(id, saved.size() + 1, request.comment(), "admin", "t", request.definition()));
        return workflow(id);
    }

    @Override
    public List<WorkflowVersionView> versions(String id) {
        return List.copyOf(saved);
    }

    @Override
    public WorkflowVersionView version(String id, int version) {
        return saved.get(version - 1);
    }

    @Override
    public WorkflowCheck validate(WorkflowDocument definition) {
        return new WorkflowCheck(problems.isEmpty(), problems);
    }

    private void refuseIfAsked() {
        if (!refuseWith.isEmpty()) {
            throw new ApiCallException(400, new Problem("about:blank", "Invalid", 400, "The workflow is invalid", "/",
                    refuseWith), "The workflow is invalid");
        }
    }
}
