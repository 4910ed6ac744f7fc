package io.switchboard.workflow.schedule;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.ScheduleRequest;
import io.switchboard.api.workflow.ScheduleView;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.workflow.catalog.WorkflowCatalog;
import io.switchboard.workflow.run.WorkflowRuns;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cron schedules per workflow (and optionally a pinned version): created, changed, listed with their next fire
 * times, deleted, and fired when due ({@link #fireDue()}, called by every server's tick). A due time missed by
 * more than {@code switchboard.workflows.misfire-threshold} (the servers were down) follows the schedule's misfire
 * policy: {@code fire-once} runs once now for all missed times, {@code skip} runs nothing until the next time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowSchedules {

    public static final String FIRE_ONCE = "fire-once";
    public static final String SKIP = "skip";
    private static final Logger LOG = Logger.getLogger(WorkflowSchedules.class.getName());

    @Inject
    ScheduleStore store;

    @Inject
    WorkflowCatalog catalog;

    @EJB
    ScheduleFiring firing;

    @EJB
    WorkflowRuns runs;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.misfire-threshold", defaultValue = "PT1M")
    Duration misfireThreshold;

    public ScheduleView create(String workflow, ScheduleRequest request, String by, Set<String> roles) {
        WorkflowView w = catalog.get(workflow);
        ScheduleStore.Schedule s = checked(w, null, request, by, String.join(",", roles), Jdbc.now());
        store.insert(s);
        return view(s, w);
    }

    public List<ScheduleView> list(String workflow) {
        WorkflowView w = catalog.get(workflow);
        return store.ofWorkflow(w.id()).stream().map(s -> view(s, w)).toList();
    }

    public ScheduleView get(String workflow, String id) {
        WorkflowView w = catalog.get(workflow);
        return view(schedule(w, id), w);
    }

    /** Replaces the schedule's settings; its next fire time is computed again from now. */
    public ScheduleView update(String workflow, String id, ScheduleRequest request) {
        WorkflowView w = catalog.get(workflow);
        ScheduleStore.Schedule old = schedule(w, id);
        ScheduleStore.Schedule s = checked(w, id, request, old.createdBy(), old.createdRoles(), old.createdAt());
        store.update(s);
        return view(store.get(id).orElseThrow(), w);
    }

    public void delete(String workflow, String id) {
        WorkflowView w = catalog.get(workflow);
        schedule(w, id);
        store.delete(id);
    }

    /** Fires every schedule that is due; returns the number of runs started. */
    public int fireDue() {
        int started = 0;
        OffsetDateTime now = Jdbc.now();
        for (ScheduleStore.Schedule s : store.due(now)) {
            try {
                started += fire(s, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Schedule " + s.id() + " could not fire: " + e.getMessage(), e);
            }
        }
        return started;
    }

    private boolean fire(ScheduleStore.Schedule s, OffsetDateTime now) {
        CronSchedule cron = CronSchedule.parse(s.cron(), s.timeZone());
        Optional<Instant> following = cron.nextAfter(now.toInstant());
        OffsetDateTime next = following.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
        if (next == null) {
            store.disable(s.id()); // the cron never fires again
            return false;
        }
        boolean missed = s.nextFireAt().plus(misfireThreshold).isBefore(now);
        if (missed && SKIP.equals(s.misfirePolicy())) {
            if (store.claimSkip(s.id(), s.nextFireAt(), next)) {
                LOG.info(() -> "Schedule " + s.id() + " missed its time " + s.nextFireAt() + "; skipped (policy skip)");
            }
            return false;
        }
        Optional<String> run = firing.fire(s, next, missed);
        run.ifPresent(runs::launch);
        return run.isPresent();
    }

    private ScheduleStore.Schedule checked(WorkflowView w, String id, ScheduleRequest request, String by, String roles,
                                           OffsetDateTime createdAt) {
        if (request == null) {
            throw PlatformException.invalid("schedule-invalid", "A JSON body with cron, timeZone and inputs is required");
        }
        CronSchedule cron;
        try {
            cron = CronSchedule.parse(request.cron(), request.timeZone());
        } catch (IllegalArgumentException e) {
            String[] field = e.getMessage().split(": ", 2);
            throw PlatformException.invalid("schedule-invalid", "The schedule is not valid",
                    List.of(new Problem.FieldError(field[0], field[1])));
        }
        String policy = request.misfirePolicy() == null ? FIRE_ONCE : request.misfirePolicy();
        if (!FIRE_ONCE.equals(policy) && !SKIP.equals(policy)) {
            throw PlatformException.invalid("schedule-invalid", "The schedule is not valid",
                    List.of(new Problem.FieldError("misfirePolicy", "must be fire-once or skip")));
        }
        WorkflowDocument doc = catalog.version(w.id(), request.version() == null ? w.currentVersion()
                : request.version()).definition();
        JsonObject inputs = request.inputs() == null ? JsonValue.EMPTY_JSON_OBJECT : request.inputs();
        WorkflowRuns.checkInputs(doc, inputs);
        WorkflowRuns.checkRunnable(doc);
        OffsetDateTime next = cron.nextAfter(Instant.now()).map(i -> i.atOffset(ZoneOffset.UTC)).orElseThrow(() ->
                PlatformException.invalid("schedule-invalid", "The cron expression never fires"));
        return new ScheduleStore.Schedule(id == null ? UUID.randomUUID().toString() : id, w.id(), request.version(),
                request.cron().strip(), cron.zone().getId(), inputs, request.enabled() == null || request.enabled(),
                policy, next, null, null, 0, by, roles, createdAt);
    }

    private ScheduleStore.Schedule schedule(WorkflowView w, String id) {
        return store.get(id).filter(s -> s.workflowId().equals(w.id())).orElseThrow(() -> PlatformException.notFound(
                "schedule-not-found", "Workflow " + w.name() + " has no schedule '" + id + "'"));
    }

    private static ScheduleView view(ScheduleStore.Schedule s, WorkflowView w) {
        List<String> next = !s.enabled() ? List.of() : CronSchedule.parse(s.cron(), s.timeZone())
                .next(Instant.now(), 5).stream().map(t -> t.toOffsetDateTime().toString()).toList();
        return new ScheduleView(s.id(), w.id(), w.name(), s.version(), s.cron(), s.timeZone(), s.inputs(), s.enabled(),
                s.misfirePolicy(), next, s.lastFiredAt() == null ? null : s.lastFiredAt().toInstant().toString(),
                s.lastRunId(), s.misfires(), s.createdBy(), s.createdAt() == null ? null
                : s.createdAt().toInstant().toString());
    }
}
