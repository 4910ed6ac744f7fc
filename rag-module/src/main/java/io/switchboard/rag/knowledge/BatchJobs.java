package io.switchboard.rag.knowledge;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/** The knowledge module's batch jobs (ingestion, re-embedding): one per collection, started or restarted. */
public final class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

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

    /**
     * Makes sure a collection's job runs: the running execution's id; else the last execution restarted when it
     * failed or was stopped (a crash leaves it so; the restart continues from its checkpoint), or a new job with
     * the collection as its parameter. Returns the running execution's id.
     */
    public static long ensureRunning(String job, String collectionId, Long lastExecutionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution last = execution(operator, lastExecutionId);
        if (last != null && RUNNING.contains(last.getBatchStatus())) {
            return last.getExecutionId();
        }
        if (last != null && RESTARTABLE.contains(last.getBatchStatus())) {
            try {
                long execution = operator.restart(last.getExecutionId(), new Properties());
                LOG.info(() -> "Restarted " + job + " of collection " + collectionId + " (execution "
                        + last.getExecutionId() + " had " + last.getBatchStatus() + ") as execution " + execution);
                return execution;
            } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
                LOG.info(() -> "Execution " + last.getExecutionId() + " of " + job + " cannot be restarted ("
                        + e.getMessage() + "); starting the job afresh");
            }
        }
        Properties parameters = new Properties();
        parameters.setProperty("collectionId", collectionId);
        return operator.start(job, parameters);
    }

    /** Whether the execution is starting, running or stopping. */
    public static boolean running(JobExecution execution) {
        return execution != null && RUNNING.contains(execution.getBatchStatus());
    }

    /** The execution's batch status, e.g. STARTED; null when there is none. */
    public static String status(Long executionId) {
        JobExecution execution = executionId == null ? null : execution(BatchRuntime.getJobOperator(), executionId);
        return execution == null ? null : execution.getBatchStatus().name();
    }
}
