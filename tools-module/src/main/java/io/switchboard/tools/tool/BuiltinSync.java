package io.switchboard.tools.tool;

import io.switchboard.api.tool.ToolKind;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.tools.builtin.BuiltinTool;
import io.switchboard.tools.builtin.BuiltinTools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps a registry row for every built-in tool: added with its default settings when new, its description and
 * schema updated when the code changed them (settings an administrator chose are kept), removed when the code
 * no longer has it. Runs once per server, on first use of the registry; each row commits on its own, so two
 * servers starting together do not fail each other (ids are derived from the names).
 */
@ApplicationScoped
public class BuiltinSync {

    private static final Logger LOG = Logger.getLogger(BuiltinSync.class.getName());

    @Inject
    ToolStore store;

    @Inject
    BuiltinTools builtins;

    private volatile boolean synced;

    /** Outside the caller's transaction: each row commits on its own (see the class comment). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void ensureSynced() {
        if (!synced) {
            synchronized (this) {
                if (!synced) {
                    sync();
                    synced = true;
                }
            }
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sync() {
        Map<String, ToolDefinition> stored = store.list().stream().filter(ToolDefinition::builtIn)
                .collect(Collectors.toMap(ToolDefinition::name, Function.identity()));
        OffsetDateTime now = Jdbc.now();
        Set<String> names = builtins.all().stream().map(BuiltinTool::name).collect(Collectors.toSet());
        for (BuiltinTool builtin : builtins.all()) {
            ToolDefinition existing = stored.get(builtin.name());
            String parameters = builtin.parameters().toString();
            if (existing == null) {
                try {
                    store.insert(new ToolDefinition(idOf(builtin.name()), builtin.name(), builtin.description(),
                            ToolKind.BUILTIN, parameters, null, true, true, builtin.timeoutMs(), builtin.maxAttempts(),
                            0, builtin.invokeRoles(), null, null, now, now));
                } catch (IllegalStateException raced) {
                    LOG.fine(() -> "Built-in tool " + builtin.name() + " was added by another server meanwhile");
                }
            } else if (!existing.description().equals(builtin.description())
                    || !existing.parameters().equals(parameters)) {
                store.update(existing.withDefinition(builtin.description(), parameters, null, now));
            }
        }
        stored.values().stream().filter(t -> !names.contains(t.name())).forEach(t -> store.delete(t.id()));
    }

    static String idOf(String name) {
        return UUID.nameUUIDFromBytes(("switchboard-builtin-tool:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
