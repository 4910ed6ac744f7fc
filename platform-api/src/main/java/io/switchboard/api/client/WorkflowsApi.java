package io.switchboard.api.client;

import io.switchboard.api.workflow.WorkflowCheck;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowVersionRequest;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;

import java.util.List;

/** Workflow definitions and their versions: {@code /api/workflows}. */
public interface WorkflowsApi {

    List<WorkflowView> workflows();

    WorkflowView workflow(String idOrName);

    /** Version 1 of a new workflow. */
    WorkflowView create(WorkflowDocument definition);

    /** A new immutable version of an existing workflow. */
    WorkflowView newVersion(String id, WorkflowVersionRequest request);

    List<WorkflowVersionView> versions(String id);

    WorkflowVersionView version(String id, int version);

    /** Every problem of a definition, without saving it. */
    WorkflowCheck validate(WorkflowDocument definition);
}
