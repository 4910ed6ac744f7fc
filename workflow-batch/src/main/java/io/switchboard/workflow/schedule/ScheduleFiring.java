package io.switchboard.workflow.schedule;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.workflow.catalog.WorkflowStore;
import io.switchboard.workflow.run.RunStore;
import io.switchboard.workflow.run.WorkflowRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Fires one due time of a schedule in one transaction: moves the schedule on (only if no other server did) and
 * queues its run, so that a due time gives exactly one run. A run whose inputs no longer fit the workflow is stored
 * failed with the reason, and the schedule still moves on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ScheduleFiring {

    @Inject
    ScheduleStore schedules;

    @Inject
    WorkflowStore workflows;

    @Inject
    RunStore runs;

    /** The id of the queued run to launch; empty when another server fired this time or the run cannot start. */
    public Optional<String> fire(ScheduleStore.Schedule s, OffsetDateTime next, boolean misfired) {
        WorkflowView w = workflows.workflow(s.workflowId()).orElse(null);
        if (w == null) {
            return Optional.empty();
        }
        String runId = UUID.randomUUID().toString();
        OffsetDateTime now = Jdbc.now();
        if (!schedules.claimFiring(s.id(), s.nextFireAt(), next, now, runId)) {
            return Optional.empty();
        }
        if (misfired) {
            schedules.countMisfire(s.id());
        }
        int version = s.version() == null ? w.currentVersion() : s.version();
        String state = RunStore.QUEUED;
        String error = null;
        try {
            WorkflowDocument doc = workflows.version(w.id(), version).orElseThrow(() -> PlatformException.notFound(
                    "workflow-version-not-found", "Version " + version + " of workflow " + w.name() + " is gone"))
                    .definition();
            WorkflowRuns.checkInputs(doc, s.inputs());
            WorkflowRuns.checkRunnable(doc);
        } catch (PlatformException e) {
            state = RunStore.FAILED;
            error = "Schedule " + s.id() + " could not start this run: " + e.getMessage();
        }
        runs.insert(new RunStore.Run(runId, w.id(), w.name(), version, s.inputs(), state, null, error, null,
                s.createdBy(), s.createdRoles(), now, error == null ? null : now));
        return error == null ? Optional.of(runId) : Optional.empty();
    }
}
