package io.switchboard.workflow.run;

import io.switchboard.core.event.ExecutionLog;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * When the run's step ends with an exception (a node's transaction could not commit, the database failed …),
 * the run is failed with that reason instead of staying "running": an operator sees why and can restart it.
 */
@Named("workflowRunListener")
@Dependent
public class RunStepListener implements StepListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    StepContext step;

    @Inject
    RunStore runs;

    @Inject
    ExecutionLog log;

    @Override
    public void beforeStep() {
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure == null || runId == null) {
            return;
        }
        runs.run(runId).filter(r -> Set.of(RunStore.RUNNING, RunStore.QUEUED).contains(r.state())).ifPresent(r -> {
            String error = "The run's batch job failed: " + (failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()) + "; restart the run to continue";
            runs.settle(runId, RunStore.FAILED, null, error, true);
            RunEvents.run(log, runId, RunStore.FAILED, r.workflowName(), error);
        });
    }
}
