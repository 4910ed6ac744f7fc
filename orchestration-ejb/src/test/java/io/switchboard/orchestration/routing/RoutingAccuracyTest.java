package io.switchboard.orchestration.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agents.agent.AgentSkills;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.task.Routing;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline routing (no model) on the labelled set in {@code routing/labelled-requests.tsv}: the built-in agents as
 * the migrations create them, real all-MiniLM-L6-v2 embeddings, the production threshold. At least 90 % of the
 * requests must reach the agent they are labelled with.
 */
class RoutingAccuracyTest {

    private static List<AgentView> agents;

    record Labelled(String request, String agent) {
    }

    static List<AgentView> agents() {
        return agents;
    }

    @BeforeAll
    static void migrate() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:routing-" + System.nanoTime()
                + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents")
                .table("flyway_history_agents").load().migrate();
        agents = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, description, built_in, skills FROM agents ORDER BY name")) {
            while (rs.next()) {
                agents.add(AgentView.basic(rs.getString(1), rs.getString(2), rs.getString(3), "local", "active", "active",
                        List.of(), AgentSkills.read(rs.getString(5)), rs.getBoolean(4), null, null, "0.3"));
            }
        }
    }

    private static List<Labelled> labelled() throws Exception {
        return read("/routing/labelled-requests.tsv");
    }

    static List<Labelled> read(String resource) throws Exception {
        List<Labelled> set = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RoutingAccuracyTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    set.add(new Labelled(fields[0], fields[1]));
                }
            }
        }
        return set;
    }

    @Test
    void offlineRoutingReachesTheLabelledAgentNineTimesInTen() throws Exception {
        List<Labelled> set = labelled();
        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        List<RoutingProfile> profiles = AgentRouter.profiles(agents);
        assertThat(profiles).extracting(RoutingProfile::agentName)
                .contains("tool", "document", "data", "general", "vision").doesNotContain("echo");
        RoutingProfile general = profiles.stream().filter(p -> p.agentName().equals("general")).findFirst().orElseThrow();
        SimilarityRouter router = new SimilarityRouter(AgentRouter::embed, Double.parseDouble(AgentRouter.DEFAULT_THRESHOLD));

        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled item : set) {
            RoutingDecision decision = router.route(item.request(), profiles, () -> general);
            Routing routing = decision.routing();
            if (routing.agent().equals(item.agent())) {
                correct++;
            } else {
                misses.add("\"" + item.request() + "\" -> " + routing.agent() + " (" + routing.mode() + ", "
                        + routing.score() + ", " + routing.reason() + "), expected " + item.agent());
            }
        }
        double accuracy = (double) correct / set.size();
        System.out.printf("Offline routing accuracy: %d of %d = %.3f%n", correct, set.size(), accuracy);
        misses.forEach(m -> System.out.println("  missed: " + m));
        assertThat(accuracy).as("misrouted: %s", misses).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void belowTheThresholdTheFallbackAnswersAndOnlyActiveAgentsAreRouted() {
        List<RoutingProfile> profiles = AgentRouter.profiles(agents);
        RoutingProfile general = profiles.stream().filter(p -> p.agentName().equals("general")).findFirst().orElseThrow();
        RoutingDecision strict = new SimilarityRouter(AgentRouter::embed, 1.01).route("what is 15% of 200", profiles,
                () -> general);
        assertThat(strict.routing().mode()).isEqualTo(Routing.FALLBACK);
        assertThat(strict.routing().agent()).isEqualTo("general");
        assertThat(strict.routing().reason()).contains("no skill is similar enough", "agent tool");
        assertThat(new SimilarityRouter(AgentRouter::embed, 0.15).route("what is 15% of 200", List.of(), () -> general)
                .routing().reason()).contains("no agent declares skills");

        List<AgentView> some = agents.stream().map(a -> a.name().equals("tool") ? AgentView.basic(a.id(), a.name(),
                a.description(), "local", "inactive", "active", List.of(), a.skills(), true, null, null, "0.3") : a).toList();
        assertThat(AgentRouter.profiles(some)).extracting(RoutingProfile::agentName).doesNotContain("tool", "echo");
        AgentView custom = AgentView.basic("c1", "billing-bot", "Answers billing questions", "local", "active", "active",
                List.of(), List.of(), false, null, null, "0.3");
        assertThat(AgentRouter.profiles(List.of(custom))).singleElement()
                .satisfies(p -> assertThat(p.texts()).extracting(RoutingProfile.Text::source).containsExactly("description"));
    }

    @Test
    void aRequestLandsOnTheMatchingSkillAndSaysWhich() {
        List<RoutingProfile> profiles = AgentRouter.profiles(agents);
        RoutingProfile general = profiles.stream().filter(p -> p.agentName().equals("general")).findFirst().orElseThrow();
        SimilarityRouter router = new SimilarityRouter(AgentRouter::embed, Double.parseDouble(AgentRouter.DEFAULT_THRESHOLD));
        RoutingDecision tool = router.route("what is 15% of 200", profiles, () -> general);
        assertThat(tool.routing().agent()).isEqualTo("tool");
        assertThat(tool.routing().mode()).isEqualTo(Routing.EMBEDDING);
        assertThat(tool.routing().reason()).contains("arithmetic");
    }
}
