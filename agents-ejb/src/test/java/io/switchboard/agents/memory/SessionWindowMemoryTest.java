package io.switchboard.agents.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Session memory: everything kept in the store, a window within both limits sent to the model. */
class SessionWindowMemoryTest {

    static SessionMemoryStore store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:memory-" + System.nanoTime() + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents")
                .table("flyway_history_agents").load().migrate();
        SessionMemoryStore store = new SessionMemoryStore();
        store.dataSource = dataSource;
        store.init();
        return store;
    }

    @Test
    void aLaterExecutionOfTheSessionSeesEarlierTurnsAndTheStoreKeepsAll() {
        SessionMemoryStore store = store();
        SessionKey ada = new SessionKey("s1", "ada");
        SessionWindowMemory first = new SessionWindowMemory(ada, "general", store, 3, 4000);
        first.add(SystemMessage.from("be brief"));
        first.add(UserMessage.from("my name is Ada"));
        first.add(AiMessage.from("Nice to meet you, Ada."));
        first.add(UserMessage.from("what is 2+2"));
        first.add(AiMessage.from("4"));

        SessionWindowMemory later = new SessionWindowMemory(ada, "tool", store, 4, 4000);
        later.add(SystemMessage.from("you run tools"));
        List<ChatMessage> sent = later.messages();

        assertThat(sent.get(0)).isEqualTo(SystemMessage.from("you run tools"));
        assertThat(sent).hasSize(1 + 4);
        assertThat(sent.get(1)).isEqualTo(UserMessage.from("my name is Ada"));
        assertThat(new SessionWindowMemory(ada, "tool", store, 3, 4000).messages()).as("a window of 3 starts at a user "
                + "message").containsExactly(UserMessage.from("what is 2+2"), AiMessage.from("4"));
        assertThat(store.history("s1")).hasSize(4);
        assertThat(store.history("s1").get(1).agentName()).isEqualTo("general");
        assertThat(store.history("other")).isEmpty();
        assertThat(store.recent(ada, 2)).containsExactly(UserMessage.from("what is 2+2"), AiMessage.from("4"));
        assertThat(new SessionWindowMemory(new SessionKey("s1", "mallory"), "general", store, 3, 4000).messages())
                .as("another user naming the same session has a memory of their own").isEmpty();
    }

    @Test
    void theWindowKeepsWithinTheTokenLimitAndStartsAtAUserMessage() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("calculator").arguments("{}").build();
        List<ChatMessage> all = List.of(UserMessage.from("x".repeat(4000)), AiMessage.from("long answer"),
                UserMessage.from("what is 15% of 200"), AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, "30"), AiMessage.from("The result is 30."),
                UserMessage.from("thanks"));

        List<ChatMessage> window = SessionWindowMemory.window(all, 4, 100_000);
        assertThat(window).containsExactly(UserMessage.from("thanks"));

        List<ChatMessage> five = SessionWindowMemory.window(all, 5, 100_000);
        assertThat(five).containsExactly(all.get(2), all.get(3), all.get(4), all.get(5), all.get(6));

        List<ChatMessage> small = SessionWindowMemory.window(all, 10, 200);
        assertThat(small).doesNotContain(all.get(0)).startsWith(all.get(2)).endsWith(UserMessage.from("thanks"));
    }

    @Test
    void theLatestUserMessageIsKeptWhateverTheLimitsAndAHugeToolResultIsNeverSentAlone() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("sql_query").arguments("{}").build();
        List<ChatMessage> turn = List.of(UserMessage.from("sum the orders"), AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, "y".repeat(100_000)));

        List<ChatMessage> window = SessionWindowMemory.window(turn, 20, 4000);
        assertThat(window).containsExactlyElementsOf(turn);
    }

    @Test
    void toolCallsWithoutAllTheirResultsAndResultsWithoutTheirCallAreDropped() {
        ToolExecutionRequest a = ToolExecutionRequest.builder().id("a").name("calculator").arguments("{}").build();
        ToolExecutionRequest b = ToolExecutionRequest.builder().id("b").name("calculator").arguments("{}").build();
        List<ChatMessage> messages = List.of(UserMessage.from("q"), AiMessage.from("thinking", List.of(a, b)),
                ToolExecutionResultMessage.from(a, "1"), UserMessage.from("again"),
                ToolExecutionResultMessage.from(b, "2"), AiMessage.from("done"));

        assertThat(SessionWindowMemory.consistent(messages)).containsExactly(UserMessage.from("q"),
                AiMessage.from("thinking"), UserMessage.from("again"), AiMessage.from("done"));
    }
}
