package io.switchboard.workflow.catalog;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowDiff;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.workflow.definition.WorkflowValidator;
import io.switchboard.workflow.platform.PlatformReferences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Workflows and their versions: every definition is validated (all problems listed, with the node each concerns)
 * before it is stored; each save is a new immutable version; names are unique regardless of case. Each change is
 * one transaction.
 */
@Stateless
public class WorkflowCatalog {

    @Inject
    WorkflowStore store;

    @Inject
    PlatformReferences references;

    @Inject
    io.switchboard.workflow.run.RunStore runs;

    public WorkflowView create(WorkflowDocument doc, String by) {
        validate(doc);
        if (store.idByName(doc.name()).isPresent()) {
            throw nameTaken(doc.name());
        }
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = Jdbc.now();
        store.insertWorkflow(id, doc, by, now);
        store.insertVersion(id, 1, doc, "created", by, now);
        return get(id);
    }

    public WorkflowView newVersion(String id, WorkflowDocument doc, String comment, String by) {
        WorkflowView current = get(id);
        validate(doc);
        store.idByName(doc.name()).filter(other -> !other.equals(id)).ifPresent(other -> {
            throw nameTaken(doc.name());
        });
        OffsetDateTime now = Jdbc.now();
        if (!store.advance(id, current.currentVersion(), doc, now)) {
            throw PlatformException.conflict("workflow-changed", "Workflow '" + current.name() + "' was changed at the "
                    + "same moment; read it again and save your change on top");
        }
        store.insertVersion(id, current.currentVersion() + 1, doc, comment, by, now);
        return get(id);
    }

    public WorkflowView get(String idOrName) {
        String id = store.workflow(idOrName).isPresent() ? idOrName : store.idByName(idOrName).orElse(idOrName);
        return store.workflow(id).orElseThrow(() -> PlatformException.notFound("workflow-not-found",
                "No workflow '" + idOrName + "'"));
    }

    public List<WorkflowView> list() {
        return store.workflows();
    }

    public List<WorkflowVersionView> versions(String idOrName) {
        return store.versions(get(idOrName).id());
    }

    public WorkflowVersionView version(String idOrName, int version) {
        WorkflowView workflow = get(idOrName);
        return store.version(workflow.id(), version).orElseThrow(() -> PlatformException.notFound(
                "workflow-version-not-found", "Workflow '" + workflow.name() + "' has no version " + version
                        + " (its versions are 1 to " + workflow.currentVersion() + ")"));
    }

    public WorkflowDiff diff(String idOrName, int from, int to) {
        return WorkflowDiffs.diff(from, version(idOrName, from).definition(), to, version(idOrName, to).definition());
    }

    public void delete(String idOrName) {
        WorkflowView workflow = get(idOrName);
        long active = runs.active().stream().filter(r -> r.workflowId().equals(workflow.id())).count();
        if (active > 0) {
            throw PlatformException.conflict("workflow-in-use", "Workflow '" + workflow.name() + "' has " + active
                    + " run(s) still going; let them finish or stop them, then delete it");
        }
        store.delete(workflow.id());
    }

    /** Checks a definition without storing it: its problems, empty when it is valid. */
    public List<Problem.FieldError> check(WorkflowDocument doc) {
        return WorkflowValidator.validate(doc, references);
    }

    private void validate(WorkflowDocument doc) {
        List<Problem.FieldError> problems = check(doc);
        if (!problems.isEmpty()) {
            throw PlatformException.invalid("workflow-invalid", "The workflow definition has " + problems.size()
                    + " problem(s); each is listed with the node it concerns", problems);
        }
    }

    private static PlatformException nameTaken(String name) {
        return PlatformException.conflict("workflow-name-taken", "A workflow named '" + name + "' exists already; "
                + "choose another name (import takes ?name=…)");
    }
}
