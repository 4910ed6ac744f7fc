package io.switchboard.web.knowledge;

import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.api.user.Roles;
import io.switchboard.rag.ingest.IngestionJobs;
import io.switchboard.rag.knowledge.DocumentService;
import io.switchboard.rag.knowledge.Upload;
import io.switchboard.rag.knowledge.UploadLimits;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents and ingestion of a collection (same root path as {@link CollectionResource}: JAX-RS picks one root). */
@ApplicationScoped
@Path("/api/collections")
@Tag(name = "knowledge")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    IngestionJobs ingestion;

    @Inject
    UploadLimits limits;

    @Inject
    IngestionEvents events;

    @POST
    @Audited(target = "document", action = "upload", idParam = "id")
    @Path("/{id}/documents")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one or more documents (multipart/form-data, a part per file: txt, md, html, pdf, "
            + "docx); they are ingested in the background")
    @APIResponse(responseCode = "202", description = "Stored; ingestion runs as a batch job (see /ingestion)")
    @APIResponse(responseCode = "413", description = "A file is over the size limit")
    @APIResponse(responseCode = "415", description = "A file is not of a supported type")
    public Response upload(@PathParam("id") String id, List<EntityPart> parts) {
        List<Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            String name = part.getFileName().orElse(part.getName());
            String type = part.getMediaType() == null ? null : part.getMediaType().toString();
            uploads.add(new Upload(name, type, readBounded(part.getContent(), name, limits.maxDocumentBytes())));
        }
        return Response.accepted(documents.upload(id, uploads)).build();
    }

    @GET
    @Path("/{id}/documents")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The collection's documents with their ingestion status")
    public List<DocumentView> list(@PathParam("id") String id) {
        return documents.list(id);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One document and its status (failed documents carry the reason)")
    public DocumentView get(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return documents.get(id, documentId);
    }

    @DELETE
    @Audited(target = "document", action = "delete")
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a document and its chunks")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        documents.delete(id, documentId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/ingestion")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingestion progress: documents and chunks done of total, rate and ETA")
    public IngestionProgress progress(@PathParam("id") String id) {
        return ingestion.progress(id);
    }

    @GET
    @Path("/{id}/ingestion/events")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Ingestion progress as server-sent events ('progress', about once a second) until no "
            + "document is pending")
    public void progressEvents(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        events.stream(id, sink, sse);
    }

    private static byte[] readBounded(InputStream in, String name, long limit) {
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw DocumentService.tooLarge(name, limit);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload of " + name, e);
        }
    }
}
