package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.platform.DatabaseInfo;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RegisterAgentRequest;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests with Arquillian (managed Liberty, JUnit 5): the real Switchboard EAR plus a test WAR is
 * deployed to the {@code arquillian} server, which runs on PostgreSQL; the test runs inside the server and
 * calls the agent registry EJB directly, with the container's transactions and JPA.
 */
@ExtendWith(ArquillianExtension.class)
class AgentRegistryInContainerIT {

    @Inject
    AgentRegistry registry;

    @Inject
    DatabaseInfo database;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("switchboard.ear", "target/switchboard.ear")));
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClass(AgentRegistryInContainerIT.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        ear.addAsModule(Testable.archiveToTest(tests));
        // list the test module in application.xml next to the platform's own (Testable marks it as the WAR
        // the Arquillian servlet protocol enriches, among the several in the EAR)
        ArchivePath descriptor = ear.get("META-INF/application.xml").getPath();
        String applicationXml = new String(readAll(ear, descriptor), StandardCharsets.UTF_8).replace("</application>",
                "  <module><web><web-uri>test.war</web-uri>"
                        + "<context-root>/test</context-root></web></module>\n</application>");
        ear.delete(descriptor);
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    @Test
    void migrationsRanOnPostgresAndTheEchoAgentIsThere() {
        assertThat(database.status().kind()).isEqualTo("postgresql");
        AgentView echo = registry.find("echo");
        assertThat(echo.builtIn()).isTrue();
        assertThat(echo.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
    }

    @Test
    void registerFindAndRefuseDuplicates() {
        String name = "arq-" + UUID.randomUUID().toString().substring(0, 8);
        AgentView created = registry.register(new RegisterAgentRequest(name, "in-container", List.of("t1"), null));

        assertThat(registry.find(created.id()).name()).isEqualTo(name);
        assertThat(registry.find(name.toUpperCase()).id()).isEqualTo(created.id());
        assertThat(registry.countByStatus().get("active")).isGreaterThanOrEqualTo(2L);
        assertThatThrownBy(() -> registry.register(new RegisterAgentRequest(name.toUpperCase(), null, null, null)))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("agent-name-taken");
                });
    }

    @Test
    void namesShapedLikeIdsAreRefused() {
        assertThatThrownBy(() -> registry.register(
                new RegisterAgentRequest(UUID.randomUUID().toString(), null, null, null)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(EnterpriseArchive ear, ArchivePath path) {
        try (var in = ear.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
