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

    public ToolRunner forKind(String kind) {
        return installed.stream().filter(r -> r.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new ToolFailure("No runner for tools of kind '" + kind + "' is installed"));
    }
}
