package io.switchboard.tools.builtin;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.user.Roles;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.search.KnowledgeSearch;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code knowledge_search}: the knowledge module's hybrid retrieval over a collection, passages with citations. */
@ApplicationScoped
public class KnowledgeSearchTool implements BuiltinTool {

    public static final String NAME = "knowledge_search";

    @Inject
    KnowledgeSearch search;

    @Inject
    KnowledgeStore collections;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Searches a knowledge collection (hybrid keyword and semantic search) and returns the best passages, "
                + "each citing its document, chunk and character offsets.";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "collection":{"type":"string","minLength":1,"maxLength":100,"description":"Collection name or id"},
                  "query":{"type":"string","minLength":1,"maxLength":4000},
                  "k":{"type":"integer","minimum":1,"maximum":50,"description":"How many passages (default 5)"},
                  "mode":{"enum":["hybrid","vector","keyword"],"description":"Default hybrid"}},
                 "required":["collection","query"],"additionalProperties":false}""");
    }

    @Override
    public int timeoutMs() {
        return 30_000;
    }

    @Override
    public List<String> invokeRoles() {
        return List.of(Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT);
    }

    @Override
    public ToolOutput run(JsonObject arguments, ToolCall call) {
        String collection = arguments.getString("collection");
        String collectionId = collections.collection(collection).or(() -> collections.collectionByName(collection))
                .map(CollectionRecord::id)
                .orElseThrow(() -> new ToolFailure("No knowledge collection named or with id '" + collection + "'"));
        QueryResult result;
        try {
            result = search.query(collectionId, new QueryRequest(arguments.getString("query"),
                    arguments.containsKey("k") ? arguments.getInt("k") : 5, JsonValues.string(arguments, "mode"), null));
        } catch (PlatformException e) {
            throw new ToolFailure(e.getMessage());
        }
        JsonArrayBuilder passages = Jsonp.JSON.createArrayBuilder();
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (Passage p : result.passages()) {
            passages.add(Jsonp.JSON.createObjectBuilder().add("documentId", p.documentId()).add("documentName", p.documentName())
                    .add("chunkIndex", p.chunkIndex()).add("start", p.start()).add("end", p.end()).add("score", p.score())
                    .add("text", p.text()));
            text.append('[').append(n++).append("] ").append(p.documentName()).append(" (chunk ").append(p.chunkIndex())
                    .append(", characters ").append(p.start()).append('-').append(p.end()).append("): ")
                    .append(p.text().strip()).append("\n");
        }
        if (result.passages().isEmpty()) {
            text.append("No passage of collection '").append(collection).append("' matches the query.");
        }
        return new ToolOutput(Jsonp.JSON.createObjectBuilder().add("collectionId", collectionId).add("mode", result.mode())
                .add("passages", passages).build(), text.toString().strip());
    }
}
