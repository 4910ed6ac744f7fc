package io.switchboard.tools.invoke;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The installed runners, one per tool kind. */
@ApplicationScoped
public class ToolRunners {

    @Inject
    @Any
    Instance<ToolRunner> installed;

    /** Runners by kind, resolved once (they are application-scoped beans). */
    private volatile java.util.Map<String, ToolRunner> byKind;

    public ToolRunner forKind(String kind) {
        java.util.Map<String, ToolRunner> runners = byKind;
        if (runners == null) {
            runners = installed.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(ToolRunner::kind, r -> r));
            byKind = runners;
        }
        ToolRunner runner = runners.get(kind);
        if (runner == null) {
            throw new ToolFailure("No runner for tools of kind '" + kind + "' is installed");
        }
        return runner;
    }
}
