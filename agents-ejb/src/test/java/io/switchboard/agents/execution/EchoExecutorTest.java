package io.switchboard.agents.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoExecutorTest {

    @Test
    void echoesTheText() throws Exception {
        assertThat(run("Hello there", List.of())).containsExactly("complete:Hello there");
    }

    @Test
    void directivesDriveTheLifecycle() throws Exception {
        assertThat(run("ask: which date?", List.of())).containsExactly("input:which date?");
        assertThat(run("Friday", List.of(Message.userText("m0", "c", "ask: which date?"))))
                .containsExactly("complete:You answered: Friday");
        assertThat(run("fail: disk full", List.of())).containsExactly("fail:disk full");
        assertThat(run("reject: not allowed", List.of())).containsExactly("reject:not allowed");
        assertThat(run("slow: 2", List.of())).containsExactly("working:chunk 1 of 2", "artifact:false:false",
                "working:chunk 2 of 2", "artifact:true:true", "complete:null");
    }

    private static List<String> run(String text, List<Message> history) throws Exception {
        List<String> reports = new ArrayList<>();
        new EchoExecutor().execute(null, new TaskContext() {
            public String taskId() {
                return "t";
            }

            public String contextId() {
                return "c";
            }

            public Message message() {
                return Message.userText("m", "c", text);
            }

            public List<Message> history() {
                return history;
            }

            public boolean isCanceled() {
                return false;
            }

            public void working(String note) {
                reports.add("working:" + note);
            }

            public void artifact(Artifact artifact, boolean append, boolean lastChunk) {
                reports.add("artifact:" + append + ":" + lastChunk);
            }

            public void complete(String answer) {
                reports.add("complete:" + answer);
            }

            public void fail(String reason) {
                reports.add("fail:" + reason);
            }

            public void reject(String reason) {
                reports.add("reject:" + reason);
            }

            public void requireInput(String question) {
                reports.add("input:" + question);
            }
        });
        return reports;
    }
}
