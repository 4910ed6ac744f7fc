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
        SessionWindowMemory first = new SessionWindowMemory("s1", "general", store, 3, 4000);
        first.add(SystemMessage.from("be brief"));
        first.add(UserMessage.from("my name is Ada"));
        first.add(AiMessage.from("Nice to meet you, Ada."));
        first.add(UserMessage.from("what is 2+2"));
        first.add(AiMessage.from("4"));

        SessionWindowMemory later = new SessionWindowMemory("s1", "tool", store, 3, 4000);
        later.add(SystemMessage.from("you run tools"));
        List<ChatMessage> sent = later.messages();

        assertThat(sent.get(0)).isEqualTo(SystemMessage.from("you run tools"));
        assertThat(sent).hasSize(1 + 3);
        assertThat(store.history("s1")).hasSize(4);
        assertThat(store.history("s1").get(1).agentName()).isEqualTo("general");
        assertThat(store.history("other")).isEmpty();
    }

    @Test
    void theWindowKeepsWithinTheTokenLimitAndNeverStartsWithAnOrphanedToolResult() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("calculator").arguments("{}").build();
        List<ChatMessage> all = List.of(UserMessage.from("x".repeat(4000)), AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, "30"), AiMessage.from("The result is 30."),
                UserMessage.from("thanks"));

        List<ChatMessage> window = SessionWindowMemory.window(all, 4, 100_000);
        assertThat(window.get(0)).isInstanceOf(AiMessage.class).isEqualTo(AiMessage.from("The result is 30."));

        List<ChatMessage> small = SessionWindowMemory.window(all, 10, 200);
        assertThat(small).doesNotContain(all.get(0));
        assertThat(small.get(small.size() - 1)).isEqualTo(UserMessage.from("thanks"));
    }
}
