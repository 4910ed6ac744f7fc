package io.switchboard.orchestration.a2a.push;

import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.orchestration.a2a.server.A2aTaskService;
import io.switchboard.orchestration.a2a.server.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Registers, reads, lists and deletes the webhooks of a task, for callers who may see the task. Configurations
 * come back without their credentials.
 */
@ApplicationScoped
public class PushConfigService {

    @Inject
    A2aTaskService tasks;

    @Inject
    PushConfigStore store;

    @Inject
    WebhookPolicy policy;

    public PushConfig set(String agentId, PushConfig config, Caller caller) {
        Task task = tasks.visibleTask(agentId, required(config.taskId(), "taskId"), caller);
        if (TaskState.isTerminal(task.status())) {
            throw A2aException.unsupported("Task " + task.id() + " has ended; it will send no more updates");
        }
        policy.check(config.url());
        PushConfig saved = config.id() == null || config.id().isBlank() ? config.withId(UUID.randomUUID().toString())
                : config;
        store.save(saved);
        tasks.followWithWebhook(task.id(), saved);
        return saved.withoutCredentials();
    }

    /** One configuration; without a config id, the task's first. */
    public PushConfig get(String agentId, String taskId, String configId, Caller caller) {
        tasks.visibleTask(agentId, required(taskId, "task id"), caller);
        if (configId == null || configId.isBlank()) {
            return store.forTask(taskId).stream().findFirst().map(PushConfig::withoutCredentials)
                    .orElseThrow(() -> A2aException.invalidParams("task " + taskId + " has no push notification config"));
        }
        return store.find(taskId, configId).map(PushConfig::withoutCredentials)
                .orElseThrow(() -> A2aException.invalidParams("task " + taskId + " has no push notification config "
                        + configId));
    }

    public List<PushConfig> list(String agentId, String taskId, Caller caller) {
        tasks.visibleTask(agentId, required(taskId, "task id"), caller);
        return store.forTask(taskId).stream().map(PushConfig::withoutCredentials).toList();
    }

    /** Deletes a configuration; deleting one that does not exist is not an error. */
    public void delete(String agentId, String taskId, String configId, Caller caller) {
        tasks.visibleTask(agentId, required(taskId, "task id"), caller);
        store.delete(taskId, required(configId, "config id"));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw A2aException.invalidParams("'" + name + "' is required");
        }
        return value;
    }
}
