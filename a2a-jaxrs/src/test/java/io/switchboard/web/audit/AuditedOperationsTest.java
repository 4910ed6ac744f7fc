package io.switchboard.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource method that changes something (POST, PUT, DELETE) is an audited administrative action, unless
 * it is one of the operations that use the platform rather than administer it (listed here, each with why). A new
 * operation without {@code @Audited} fails this test until it is audited or listed.
 */
class AuditedOperationsTest {

    /** Class#method of the operations that are no administrative action. */
    private static final Set<String> NOT_ADMINISTRATIVE = Set.of(
            "TokenResource#token",                 // signing in (throttled; failures are the sign-in throttle's)
            "TaskResource#execute",                // running a task (recorded as the task itself)
            "ToolResource#invoke",                 // invoking a tool (recorded in the tool audit)
            "CollectionResource#query",            // retrieval
            "CollectionResource#answer",           // retrieval
            "WorkflowResource#validate",           // checks a definition, stores nothing
            "PlatformA2aResource#jsonRpc",         // A2A JSON-RPC (recorded as tasks)
            "AgentA2aResource#jsonRpc",
            "McpResource#post", "McpResource#endSession");  // MCP (tool calls recorded in the tool audit)

    @Test
    void everyChangingOperationIsAuditedOrNamedAsNoAdministrativeAction() throws Exception {
        Path classes = Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unaudited = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/switchboard/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> resource = Class.forName(name);
                for (Method method : resource.getDeclaredMethods()) {
                    boolean changing = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                            || method.isAnnotationPresent(DELETE.class);
                    String key = resource.getSimpleName() + "#" + method.getName();
                    if (changing) {
                        found.add(key);
                        if (!method.isAnnotationPresent(Audited.class) && !NOT_ADMINISTRATIVE.contains(key)) {
                            unaudited.add(key);
                        }
                    }
                }
            }
        }
        assertThat(found).as("the scan found the resources").contains("AgentResource#update", "UserResource#create");
        assertThat(unaudited).as("changing operations neither @Audited nor listed as no administrative action")
                .isEmpty();
    }
}
