package io.switchboard.agents.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.agents.model.BudgetExceededException;
import io.switchboard.agents.model.ModelCallScope;
import io.switchboard.agents.model.ModelSpec;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.usage.UsageQuery;
import io.switchboard.api.usage.UsageReport;
import java.math.BigDecimal;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The usage ledger on the agents schema (H2 in PostgreSQL mode): records, costs, budgets and reports. */
class UsageLedgerTest {

    UsageLedger ledger;
    final ModelSpec spec = new ModelSpec(ModelSpec.OPENAI, "gpt-4o-mini", null, null, null, null, Duration.ofSeconds(5), 0);

    @BeforeEach
    void ledger() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:usage-" + System.nanoTime() + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents")
                .table("flyway_history_agents").load().migrate();
        ledger = new UsageLedger();
        ledger.dataSource = dataSource;
        ledger.prices = "gpt-4o-mini=0.15:0.60";
        ledger.init();
    }

    ModelCallScope scope(String agent, String task, long daily) {
        return new ModelCallScope("id-" + agent, agent, task, "session-1", spec, 0, daily);
    }

    @Test
    void callsAreSummedPerAgentAndPerTaskWithTheirCost() {
        ledger.afterCall(scope("general", "t1", 0), 1_000_000, 0, 10, null);
        ledger.afterCall(scope("general", "t2", 0), 0, 1_000_000, 10, null);
        ledger.afterCall(scope("tool", "t3", 0), 10, 5, 10, "The model failed");

        UsageReport byAgent = ledger.report(new UsageQuery(null, null, "agent", null, null, null));
        assertThat(byAgent.rows()).extracting(r -> r.key()).containsExactly("general", "tool");
        assertThat(byAgent.rows().get(0).calls()).isEqualTo(2);
        assertThat(byAgent.rows().get(0).costUsd()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(byAgent.rows().get(1).failedCalls()).isEqualTo(1);
        assertThat(byAgent.total().inputTokens()).isEqualTo(1_000_010);
        assertThat(byAgent.total().outputTokens()).isEqualTo(1_000_005);

        UsageReport oneTask = ledger.report(new UsageQuery(null, null, "task", null, "t2", null));
        assertThat(oneTask.rows()).singleElement().satisfies(r -> assertThat(r.outputTokens()).isEqualTo(1_000_000));
    }

    @Test
    void theAgentsDailyBudgetStopsTheNextCallAndTheRefusalIsRecorded() {
        ModelCallScope scope = scope("general", "t1", 100);
        ledger.beforeCall(scope);
        ledger.afterCall(scope, 80, 30, 5, null);

        assertThatThrownBy(() -> ledger.beforeCall(scope("general", "t2", 100)))
                .isInstanceOf(BudgetExceededException.class).hasMessageContaining("Budget exceeded")
                .hasMessageContaining("110 of its 100 tokens");
        ledger.beforeCall(scope("tool", "t3", 100));
        UsageReport report = ledger.report(new UsageQuery(null, null, "agent", "general", null, null));
        assertThat(report.total().calls()).isEqualTo(2);
        assertThat(report.total().failedCalls()).isEqualTo(1);
    }

    @Test
    void theTaskBudgetStopsTheExecutionsNextCall() {
        ModelCallScope scope = new ModelCallScope("id-general", "general", "t1", "s1", spec, 100, 0);
        ledger.beforeCall(scope);
        io.switchboard.agents.model.MeteredModels.record(scope, ledger,
                new dev.langchain4j.model.output.TokenUsage(90, 20), System.nanoTime(), null);

        assertThatThrownBy(() -> ledger.beforeCall(scope)).isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("110 of the 100 tokens this task may use");
    }

    @Test
    void thePlatformsDailyBudgetStopsEveryAgent() {
        ledger.platformDailyTokens = 50;
        ledger.afterCall(scope("general", "t1", 0), 40, 20, 5, null);

        assertThatThrownBy(() -> ledger.beforeCall(scope("tool", "t2", 0))).isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("the platform has spent 60 of its 50 tokens");
    }

    @Test
    void badReportQueriesAreClearErrors() {
        assertThatThrownBy(() -> ledger.report(new UsageQuery("yesterday", null, null, null, null, null)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ledger.report(new UsageQuery(null, null, "planet", null, null, null)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("agent, task, session, day");
        assertThatThrownBy(() -> ledger.report(new UsageQuery("2026-02-02", "2026-02-01", null, null, null, null)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("before");
    }

    @Test
    void pricesMatchTheLongestListedPrefixAndUnlistedModelsCostNothing() {
        PriceTable table = new PriceTable("gpt-4o=2.5:10;gpt-4o-mini=0.15:0.60");
        assertThat(table.cost("gpt-4o-mini-2024-07-18", 1_000_000, 0)).isEqualByComparingTo("0.15");
        assertThat(table.cost("gpt-4o-2024-08-06", 0, 1_000_000)).isEqualByComparingTo("10");
        assertThat(table.cost("llama3.2", 1_000_000, 1_000_000)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new PriceTable("gpt-4o=cheap")).isInstanceOf(IllegalArgumentException.class);
    }
}
