package io.switchboard.web.knowledge;

import io.switchboard.agents.specialist.document.GroundedAnswers;
import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.api.user.Roles;
import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.reembed.Reembeddings;
import io.switchboard.rag.search.KnowledgeSearch;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/collections")
@Tag(name = "knowledge")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class CollectionResource {

    @Inject
    CollectionService collections;

    @Inject
    KnowledgeSearch search;

    @Inject
    GroundedAnswers answers;

    @Inject
    Reembeddings reembeddings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the knowledge collections")
    public List<CollectionView> list() {
        return collections.list();
    }

    @POST
    @Audited(target = "collection", action = "create", created = true)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a knowledge collection")
    @APIResponse(responseCode = "201", description = "Created; Location points at the collection")
    @APIResponse(responseCode = "409", description = "A collection with that name exists")
    public Response create(@NotNull(message = "A JSON body is required") @Valid CreateCollectionRequest request) {
        CollectionView created = collections.create(request);
        return Response.created(UriBuilder.fromPath("/api/collections/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one collection, with its document and chunk counts")
    public CollectionView get(@PathParam("id") String id) {
        return collections.get(id);
    }

    @DELETE
    @Audited(target = "collection", action = "delete")
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a collection with its documents and index (admin only)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        collections.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Audited(target = "collection", action = "change-embedding-model", idParam = "id")
    @Path("/{id}/embedding")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the collection's embedding model",
            description = "The model is probed first (400 when it cannot embed). Another model starts a rag-reembed "
                    + "batch job (202; progress in reembedding) and queries keep the current model until every chunk "
                    + "is re-embedded; the same model with new settings (key, timeout) is stored at once (200); the "
                    + "current model while a re-embedding runs cancels it (200).")
    @APIResponse(responseCode = "200", description = "Stored; no re-embedding runs")
    @APIResponse(responseCode = "202", description = "Re-embedding started (or already running to that model)")
    @APIResponse(responseCode = "400", description = "Invalid settings, or the model did not embed a probe text")
    @APIResponse(responseCode = "409", description = "A re-embedding to another model is running")
    public Response changeEmbedding(@PathParam("id") String id,
                                    @NotNull(message = "A JSON body is required") @Valid EmbeddingSettings settings) {
        CollectionView view = reembeddings.change(id, settings);
        return Response.status(view.reembedding() == null ? Response.Status.OK : Response.Status.ACCEPTED).entity(view)
                .build();
    }

    @POST
    @Path("/{id}/query")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ranked passages for a query, with citations (hybrid, vector or keyword)")
    public QueryResult query(@PathParam("id") String id,
                             @NotNull(message = "A JSON body is required") @Valid QueryRequest request) {
        return search.query(id, request);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An answer from the collection's passages, citing them",
            description = "Written by the document agent's model (else the platform default model) from the cited "
                    + "passages when one is configured (method model); otherwise, or when the model call fails "
                    + "(fallbackReason), the passages' best-matching sentences (method extractive).")
    public AnswerResult answer(@PathParam("id") String id,
                               @NotNull(message = "A JSON body is required") @Valid QueryRequest request) {
        return answers.answer(id, request);
    }
}
