package io.switchboard.api.client;

import io.switchboard.api.workflow.ApprovalRequest;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;

import java.util.List;

/** Workflow runs: {@code /api/workflows/{id}/runs} and {@code /api/runs}. */
public interface RunsApi {

    RunView start(String workflowId, RunRequest request);

    RunView run(String runId);

    /** Newest first; {@code workflow} and {@code state} may be null for all. */
    List<RunView> runs(String workflow, String state, int limit);

    RunView decide(String runId, String nodeId, ApprovalRequest decision);

    RunView stop(String runId);

    RunView restart(String runId);
}
