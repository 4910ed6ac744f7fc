package io.switchboard.api.a2a;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The A2A types serialize to the field names of the A2A 0.3.0 JSON schema, and only those. */
class A2aWireFormatTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void create() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    @Test
    void messageHasA2aFieldsAndNoHelperProperties() {
        String json = jsonb.toJson(Message.userText("m-1", "ctx-1", "hello"));
        assertThat(json).isEqualTo("{\"contextId\":\"ctx-1\",\"kind\":\"message\",\"messageId\":\"m-1\","
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"hello\"}],\"role\":\"user\"}");
    }

    @Test
    void taskRoundTripsAndExposesItsText() {
        Task task = new Task("t-1", "ctx", new TaskStatus(TaskState.COMPLETED, null, "2026-01-01T00:00:00Z"),
                List.of(new Artifact("a-1", "answer", null, List.of(Part.text("one"), Part.text("two")), null, null)),
                List.of(), null, Task.KIND);
        Task read = jsonb.fromJson(jsonb.toJson(task), Task.class);
        assertThat(read).isEqualTo(task);
        assertThat(read.artifactText()).isEqualTo("one\ntwo");
        assertThat(jsonb.toJson(task)).doesNotContain("artifactText", "holdsText");
    }

    @Test
    void statusUpdateCarriesFinalUnderItsProtocolName() {
        TaskStatusUpdateEvent event = TaskStatusUpdateEvent.of("t", "c", new TaskStatus(TaskState.COMPLETED, null, null),
                true);
        String json = jsonb.toJson(event);
        assertThat(json).contains("\"final\":true", "\"kind\":\"status-update\"").doesNotContain("last");
        assertThat(jsonb.fromJson(json, TaskStatusUpdateEvent.class)).isEqualTo(event);
    }

    @Test
    void joinedTextSkipsNonTextParts() {
        Message message = new Message(Message.ROLE_USER, List.of(Part.text("a"),
                new Part(Part.DATA, null, null, java.util.Map.of("k", "v"), null), Part.text("b")),
                "m", null, null, null, null, null, Message.KIND);
        assertThat(message.joinedText()).isEqualTo("a\nb");
        assertThat(new Message(Message.ROLE_USER, null, "m", null, null, null, null, null, Message.KIND).joinedText())
                .isEmpty();
    }
}
