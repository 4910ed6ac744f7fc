package io.switchboard.web.workflow;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.user.Roles;
import io.switchboard.api.workflow.WorkflowCheck;
import io.switchboard.api.workflow.WorkflowDiff;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowTemplateView;
import io.switchboard.api.workflow.WorkflowVersionRequest;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import io.switchboard.workflow.catalog.WorkflowCatalog;
import io.switchboard.workflow.catalog.WorkflowTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api")
@Tag(name = "workflows")
@SecurityRequirement(name = SwitchboardApplication.JWT)
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private static final String BODY = "A JSON body is required";

    @Inject
    WorkflowCatalog catalog;

    @GET
    @Path("/workflows")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Every workflow with its current version")
    public List<WorkflowView> list() {
        return catalog.list();
    }

    @POST
    @Audited(target = "workflow", action = "create", created = true)
    @Path("/workflows")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a workflow (version 1); an invalid definition is refused with every problem listed")
    public Response create(@NotNull(message = BODY) WorkflowDocument definition, @Context SecurityContext security,
                           @Context UriInfo uri) {
        return created(catalog.create(definition, security.getUserPrincipal().getName()), uri);
    }

    @POST
    @Audited(target = "workflow", action = "import", created = true)
    @Path("/workflows/import")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an exported definition as a new workflow, optionally under another name")
    public Response importDefinition(@NotNull(message = BODY) WorkflowDocument definition,
                                     @QueryParam("name") String name, @Context SecurityContext security,
                                     @Context UriInfo uri) {
        return created(catalog.create(renamed(definition, name), security.getUserPrincipal().getName()), uri);
    }

    @POST
    @Path("/workflows/validate")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a definition without saving it: every problem with the node it concerns")
    public WorkflowCheck validate(@NotNull(message = BODY) WorkflowDocument definition) {
        var problems = catalog.check(definition);
        return new WorkflowCheck(problems.isEmpty(), problems);
    }

    @GET
    @Path("/workflows/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "A workflow (by id or name) with its current definition")
    public WorkflowView get(@PathParam("id") String id) {
        return catalog.get(id);
    }

    @DELETE
    @Audited(target = "workflow", action = "delete")
    @Path("/workflows/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a workflow with all its versions")
    public Response delete(@PathParam("id") String id) {
        catalog.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Audited(target = "workflow", action = "new-version", idParam = "id")
    @Path("/workflows/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new immutable version of the workflow (the whole definition)")
    public Response newVersion(@PathParam("id") String id, @NotNull(message = BODY) @Valid WorkflowVersionRequest request,
                               @Context SecurityContext security, @Context UriInfo uri) {
        WorkflowView saved = catalog.newVersion(id, request.definition(), request.comment(),
                security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("api/workflows/{id}/versions/{v}")
                .build(saved.id(), saved.currentVersion())).entity(saved).build();
    }

    @GET
    @Path("/workflows/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Every version of the workflow, oldest first")
    public List<WorkflowVersionView> versions(@PathParam("id") String id) {
        return catalog.versions(id);
    }

    @GET
    @Path("/workflows/{id}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One version of the workflow")
    public WorkflowVersionView version(@PathParam("id") String id, @PathParam("version") String version) {
        return catalog.version(id, number(version, "version"));
    }

    @GET
    @Path("/workflows/{id}/diff")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "What changed between two versions (default: the previous and the current one)")
    public WorkflowDiff diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        int current = catalog.get(id).currentVersion();
        int toVersion = to == null ? current : number(to, "to");
        int fromVersion = from == null ? Math.max(1, toVersion - 1) : number(from, "from");
        return catalog.diff(id, fromVersion, toVersion);
    }

    @GET
    @Path("/workflows/{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The definition as a JSON document to import elsewhere (default: the current version)")
    public Response export(@PathParam("id") String id, @QueryParam("version") String version) {
        WorkflowView workflow = catalog.get(id);
        WorkflowDocument doc = version == null ? workflow.definition()
                : catalog.version(id, number(version, "version")).definition();
        String file = workflow.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".workflow.json";
        return Response.ok(doc).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("/workflow-templates")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The workflow templates shipped with the platform")
    public List<WorkflowTemplateView> templates() {
        return WorkflowTemplates.all();
    }

    @POST
    @Audited(target = "workflow", action = "import-template", created = true)
    @Path("/workflow-templates/{template}/import")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Make a workflow of your own from a template, optionally under another name")
    public Response importTemplate(@PathParam("template") String template, @QueryParam("name") String name,
                                   @Context SecurityContext security, @Context UriInfo uri) {
        WorkflowDocument doc = WorkflowTemplates.get(template).definition();
        return created(catalog.create(renamed(doc, name), security.getUserPrincipal().getName()), uri);
    }

    private static WorkflowDocument renamed(WorkflowDocument doc, String name) {
        return name == null || name.isBlank() ? doc
                : new WorkflowDocument(name, doc.description(), doc.inputs(), doc.nodes(), doc.edges());
    }

    private static Response created(WorkflowView workflow, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/workflows/{id}").build(workflow.id()))
                .entity(workflow).build();
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("workflow-version-invalid", "'" + name + "' must be a version number; got '"
                    + text + "'");
        }
    }
}
