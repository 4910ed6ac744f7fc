package io.switchboard.rag.knowledge;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;

/** Looks up the knowledge jobs' executions in the batch job repository. */
public final class BatchJobs {

    private BatchJobs() {
    }

    /** The execution, or null when there is none (no id, or the job repository was reset). */
    public static JobExecution execution(JobOperator operator, Long executionId) {
        if (executionId == null) {
            return null;
        }
        try {
            return operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            return null;
        }
    }

    /** The execution's batch status, e.g. STARTED; null when there is none. */
    public static String status(Long executionId) {
        JobExecution execution = executionId == null ? null : execution(BatchRuntime.getJobOperator(), executionId);
        return execution == null ? null : execution.getBatchStatus().name();
    }
}
