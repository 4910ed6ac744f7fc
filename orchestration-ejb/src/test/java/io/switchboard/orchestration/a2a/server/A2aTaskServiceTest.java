package io.switchboard.orchestration.a2a.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.agents.agent.AgentHosting;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.AgentExecutors;
import io.switchboard.agents.execution.EchoExecutor;
import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.a2a.PushNotificationConfig;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.push.PushConfigStore;
import io.switchboard.orchestration.a2a.push.PushNotifier;
import io.switchboard.orchestration.a2a.push.WebhookPolicy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The A2A task lifecycle with the real echo executor and an in-memory store. */
class A2aTaskServiceTest {

    private static final AgentView ECHO = AgentView.basic("echo-id", "echo", null, "local", "active", "active", List.of(),
            List.of(), true, "http://n/a2a/agents/echo-id", null, "0.3");
    private static final Caller ALICE = new Caller("alice", false);
    private static final Caller BOB = new Caller("bob", false);
    private static final Caller ADMIN = new Caller("root", true);

    private final Map<String, Saved> saved = new ConcurrentHashMap<>();
    private final List<PushConfig> webhooks = new CopyOnWriteArrayList<>();
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private A2aTaskService service;
    private AgentExecutor executor = new EchoExecutor();

    @BeforeEach
    void setUp() {
        service = new A2aTaskService();
        service.store = new InMemoryStore();
        service.running = new RunningTasks();
        service.agents = new AgentRegistry() {
            @Override
            public AgentView find(String idOrName) {
                if (idOrName.equals("echo") || idOrName.equals("echo-id")) {
                    return ECHO;
                }
                throw PlatformException.notFound("agent-not-found", "No agent " + idOrName);
            }
        };
        service.hosting = AgentHosting.of(List.of("*"));
        service.executors = new AgentExecutors() {
            @Override
            public AgentExecutor executorFor(AgentView agent) {
                return executor;
            }
        };
        A2aLimits limits = new A2aLimits();
        limits.maxParts = 3;
        limits.maxTextChars = 1000;
        limits.maxHistory = 6;
        limits.maxRequestBytes = 10_000;
        service.limits = limits;
        NodeIdentity node = new NodeIdentity();
        node.configured = Optional.of("node-1");
        service.node = node;
        service.maxStreamDuration = Duration.ofSeconds(20);
        service.agentCacheTtl = Duration.ZERO;
        service.pushStore = new PushConfigStore() {
            @Override
            public void save(PushConfig config) {
                webhooks.add(config);
            }

            @Override
            public List<PushConfig> forTask(String taskId) {
                return webhooks.stream().filter(w -> w.taskId().equals(taskId)).toList();
            }
        };
        service.notifier = new PushNotifier() {
            @Override
            public void statusChanged(List<PushConfig> targets, java.util.function.Supplier<Task> snapshot,
                                      TaskStatusUpdateEvent update) {
                targets.forEach(t -> notified.add(t.id() + ":" + update.status().state()));
            }
        };
        service.webhooks = WebhookPolicy.allowing(List.of());
        service.async = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        Thread.ofVirtual().start((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void blockingSendRunsTheAgentAndSavesTheOutcome() {
        Task task = service.send("echo", send("hello", null, null), ALICE, false, "0.3");

        assertThat(task.status().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(task.artifactText()).isEqualTo("hello");
        assertThat(task.history()).extracting(Message::role).containsExactly("user", "agent");
        assertThat(task.history().get(0).taskId()).isEqualTo(task.id());
        assertThat(task.contextId()).isNotBlank();
        assertThat(saved.get(task.id()).owner()).isEqualTo("alice");
        assertThat(saved.get(task.id()).task().status().state()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void returnImmediatelySavesTheSubmittedTaskAndFinishesInTheBackground() throws Exception {
        Task task = service.send("echo", send("slow: 2", null, null), ALICE, true, "0.3");
        assertThat(task.status().state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(saved).containsKey(task.id());
        awaitSaved(task.id(), t -> t.status().state().equals(TaskState.COMPLETED));
        Task done = service.get("echo", task.id(), null, ALICE);
        assertThat(done.artifacts()).hasSize(1);
        assertThat(done.artifacts().get(0).parts()).as("appended text chunks are joined").hasSize(1);
        assertThat(done.artifactText()).isEqualTo("chunk 1\nchunk 2\n");
    }

    @Test
    void inputRequiredTasksContinueWithTheNextMessage() {
        Task asked = service.send("echo", send("ask: which date?", null, null), ALICE, false, "0.3");
        assertThat(asked.status().state()).isEqualTo(TaskState.INPUT_REQUIRED);
        assertThat(asked.status().message().joinedText()).isEqualTo("which date?");

        Task answered = service.send("echo", send("Friday", asked.id(), asked.contextId()), ALICE, false, "0.3");
        assertThat(answered.id()).isEqualTo(asked.id());
        assertThat(answered.status().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(answered.artifactText()).isEqualTo("You answered: Friday");
        assertThat(answered.history()).extracting(Message::joinedText)
                .containsExactly("ask: which date?", "which date?", "Friday", "You answered: Friday");
    }

    @Test
    void continuationRulesAreEnforced() {
        Task done = service.send("echo", send("hi", null, null), ALICE, false, "0.3");
        assertCode(() -> service.send("echo", send("again", done.id(), null), ALICE, false, "0.3"), -32004);
        assertCode(() -> service.send("echo", send("x", "no-such-task", null), ALICE, false, "0.3"), -32001);
        Task asked = service.send("echo", send("ask: ?", null, null), ALICE, false, "0.3");
        assertCode(() -> service.send("echo", send("x", asked.id(), "other-context"), ALICE, false, "0.3"), -32602);
        assertCode(() -> service.send("echo", send("x", asked.id(), null), BOB, false, "0.3"), -32001);
    }

    @Test
    void historyIsLimitedPerTask() {
        Task task = service.send("echo", send("ask: 1", null, null), ALICE, false, "0.3");
        executor = executor((agent, ctx) -> ctx.requireInput("more"));
        task = service.send("echo", send("a", task.id(), null), ALICE, false, "0.3");
        task = service.send("echo", send("b", task.id(), null), ALICE, false, "0.3");
        assertThat(task.history()).hasSize(6);
        Task full = task;
        assertCode(() -> service.send("echo", send("b", full.id(), null), ALICE, false, "0.3"), -32004);
    }

    @Test
    void callersSeeOnlyTheirTasksUnlessAdmin() {
        Task task = service.send("echo", send("mine", null, null), ALICE, false, "0.3");
        assertThat(service.get("echo", task.id(), null, ALICE).id()).isEqualTo(task.id());
        assertThat(service.get("echo", task.id(), null, ADMIN).id()).isEqualTo(task.id());
        assertCode(() -> service.get("echo", task.id(), null, BOB), -32001);
        assertCode(() -> service.cancel("echo", task.id(), BOB), -32001);
        assertThat(service.list("echo", query(), BOB).totalSize()).isZero();
        assertThat(service.list("echo", query(), ALICE).tasks()).extracting(Task::id).containsExactly(task.id());
    }

    @Test
    void historyLengthTrimsToTheLatestMessages() {
        Task task = service.send("echo", send("hi", null, null), ALICE, false, "0.3");
        assertThat(service.get("echo", task.id(), 0, ALICE).history()).isNull();
        assertThat(service.get("echo", task.id(), 1, ALICE).history()).extracting(Message::role).containsExactly("agent");
        assertThat(service.get("echo", task.id(), null, ALICE).history()).hasSize(2);
        assertCode(() -> service.get("echo", task.id(), -1, ALICE), -32602);
        assertCode(() -> service.get("echo", task.id(), 7, ALICE), -32602);
    }

    @Test
    void cancelStopsARunningTaskAndRefusesAnEndedOne() throws Exception {
        Task task = service.send("echo", send("slow: 50", null, null), ALICE, true, "0.3");
        awaitRunning(task.id());
        Task canceled = service.cancel("echo", task.id(), ALICE);
        assertThat(canceled.status().state()).isEqualTo(TaskState.CANCELED);
        assertThat(saved.get(task.id()).task().status().state()).isEqualTo(TaskState.CANCELED);
        Thread.sleep(300);
        assertThat(saved.get(task.id()).task().status().state()).as("later reports are dropped")
                .isEqualTo(TaskState.CANCELED);
        assertCode(() -> service.cancel("echo", task.id(), ALICE), -32002);
    }

    @Test
    void canceledWhileWaitingForInput() {
        Task asked = service.send("echo", send("ask: ?", null, null), ALICE, false, "0.3");
        Task canceled = service.cancel("echo", asked.id(), ALICE);
        assertThat(canceled.status().state()).isEqualTo(TaskState.CANCELED);
        assertThat(saved.get(asked.id()).task().status().state()).isEqualTo(TaskState.CANCELED);
    }

    @Test
    void streamsTheTaskFirstThenEveryEventThenTheFinalStatus() {
        List<Object> events = new ArrayList<>();
        service.openStream("echo", send("slow: 2", null, null), ALICE, "0.3").run(events::add);

        assertThat(events.get(0)).isInstanceOfSatisfying(Task.class,
                t -> assertThat(t.status().state()).isEqualTo(TaskState.SUBMITTED));
        assertThat(events.subList(1, events.size())).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "TaskStatusUpdateEvent", "TaskStatusUpdateEvent", "TaskArtifactUpdateEvent",
                "TaskStatusUpdateEvent", "TaskArtifactUpdateEvent", "TaskStatusUpdateEvent");
        TaskStatusUpdateEvent last = (TaskStatusUpdateEvent) events.get(events.size() - 1);
        assertThat(last.last()).isTrue();
        assertThat(last.status().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(events.stream().filter(TaskStatusUpdateEvent.class::isInstance)
                .filter(e -> ((TaskStatusUpdateEvent) e).last()).count()).isEqualTo(1);
        assertThat(((TaskArtifactUpdateEvent) events.get(5)).append()).isTrue();
    }

    @Test
    void resubscribeFollowsARunningTaskToItsEnd() throws Exception {
        Task task = service.send("echo", send("slow: 5", null, null), ALICE, true, "0.3");
        awaitRunning(task.id());
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        service.resubscribe("echo", task.id(), ALICE, events::add);
        assertThat(events.get(0)).isInstanceOf(Task.class);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TaskStatusUpdateEvent.class, e -> {
            assertThat(e.last()).isTrue();
            assertThat(e.status().state()).isEqualTo(TaskState.COMPLETED);
        });
        assertCode(() -> service.resubscribe("echo", task.id(), ALICE, e -> { }), -32004);
    }

    @Test
    void resubscribeToAPausedTaskGivesItsStateAndEnds() {
        Task asked = service.send("echo", send("ask: ?", null, null), ALICE, false, "0.3");
        List<Object> events = new ArrayList<>();
        service.resubscribe("echo", asked.id(), ALICE, events::add);
        assertThat(events).hasSize(2);
        assertThat(((TaskStatusUpdateEvent) events.get(1)).status().state()).isEqualTo(TaskState.INPUT_REQUIRED);
    }

    @Test
    void failingExecutorsFailTheTask() {
        executor = executor((agent, task) -> {
            throw new IllegalStateException("model quota exceeded");
        });
        Task task = service.send("echo", send("hi", null, null), ALICE, false, "0.3");
        assertThat(task.status().state()).isEqualTo(TaskState.FAILED);
        assertThat(task.status().message().joinedText()).contains("model quota exceeded");
    }

    @Test
    void inputLimitsAndUnsupportedFeaturesAreRefused() {
        List<Part> four = List.of(Part.text("a"), Part.text("b"), Part.text("c"), Part.text("d"));
        assertCode(() -> service.send("echo", new MessageSendParams(new Message("user", four, "m", null, null, null,
                null, null, Message.KIND), null, null), ALICE, false, "0.3"), -32602);
        assertCode(() -> service.send("echo", send("x".repeat(1001), null, null), ALICE, false, "0.3"), -32602);
        Part file = new Part(Part.FILE, null, new Part.FileContent("a.png", "image/png", "AAAA", null), null, null);
        assertCode(() -> service.send("echo", new MessageSendParams(new Message("user", List.of(file), "m", null, null,
                null, null, null, Message.KIND), null, null), ALICE, false, "0.3"), -32005);
        assertCode(() -> service.send("echo", withWebhook("x", "http://10.0.0.7/hook"), ALICE, false, "0.3"), -32602);
        assertCode(() -> service.send("echo", withWebhook("x", "https://127.0.0.1/hook"), ALICE, false, "0.3"), -32602);
        assertCode(() -> service.send("echo", new MessageSendParams(Message.agentText("m", null, null, "x"), null,
                null), ALICE, false, "0.3"), -32602);
        assertThatThrownBy(() -> service.send("nobody", send("x", null, null), ALICE, false, "0.3"))
                .isInstanceOf(PlatformException.class);
    }

    @Test
    void aWebhookGivenWithTheMessageIsStoredAndToldOfEveryStatusChange() {
        Task task = service.send("echo", withWebhook("hi", "https://1.1.1.1/hook"), ALICE, false, "1.0");
        assertThat(webhooks).singleElement().satisfies(w -> {
            assertThat(w.taskId()).isEqualTo(task.id());
            assertThat(w.version()).isEqualTo("1.0");
            assertThat(w.token()).isEqualTo("tok");
            assertThat(w.scheme()).isEqualTo("Bearer");
        });
        String id = webhooks.get(0).id();
        assertThat(notified).containsExactly(id + ":working", id + ":completed");
    }

    // ---- helpers ----

    private static MessageSendParams withWebhook(String text, String url) {
        return new MessageSendParams(Message.userText(UUID.randomUUID().toString(), null, text),
                new MessageSendParams.Configuration(null, null, new PushNotificationConfig(null, url, "tok",
                        new PushNotificationConfig.Authentication(List.of("Bearer"), "secret")), null), null);
    }

    private interface Body {
        void run(AgentView agent, io.switchboard.agents.execution.TaskContext task) throws Exception;
    }

    private static AgentExecutor executor(Body body) {
        return new AgentExecutor() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void execute(AgentView agent, io.switchboard.agents.execution.TaskContext task) throws Exception {
                body.run(agent, task);
            }
        };
    }

    private static MessageSendParams send(String text, String taskId, String contextId) {
        Message message = new Message(Message.ROLE_USER, List.of(Part.text(text)), UUID.randomUUID().toString(),
                contextId, taskId, null, null, null, Message.KIND);
        return new MessageSendParams(message, null, null);
    }

    private static TaskQuery query() {
        return new TaskQuery(null, null, null, 50, 0, null, false);
    }

    private static void assertCode(Runnable call, int code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(A2aException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private void awaitSaved(String id, Predicate<Task> condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.test(saved.get(id).task()); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.test(saved.get(id).task())).isTrue();
    }

    private void awaitRunning(String id) throws InterruptedException {
        for (int i = 0; i < 100 && service.running.get(id).isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(service.running.get(id)).isPresent();
    }

    private record Saved(String agentId, String owner, Task task) {
    }

    /** The store, in memory. */
    private final class InMemoryStore extends A2aTaskStore {

        private final List<String> order = new CopyOnWriteArrayList<>();

        @Override
        public void save(String agentId, String owner, String node, Task task) {
            if (saved.put(task.id(), new Saved(agentId, owner, task)) == null) {
                order.add(0, task.id());
            }
        }

        @Override
        public void insert(String agentId, String owner, String node, Task task) {
            assertThat(saved).as("inserted once").doesNotContainKey(task.id());
            save(agentId, owner, node, task);
        }

        @Override
        public boolean update(String node, Task task) {
            Saved before = saved.get(task.id());
            if (before == null) {
                return false;
            }
            saved.put(task.id(), new Saved(before.agentId(), before.owner(), task));
            return true;
        }

        @Override
        public Optional<StoredTask> find(String agentId, String taskId, Caller caller) {
            Saved s = saved.get(taskId);
            return s == null || !s.agentId().equals(agentId) || !caller.maySee(s.owner()) ? Optional.empty()
                    : Optional.of(new StoredTask(s.task(), s.owner()));
        }

        @Override
        public TaskPage list(String agentId, Caller caller, TaskQuery query) {
            List<Task> tasks = order.stream().map(saved::get).filter(s -> caller.maySee(s.owner()))
                    .map(Saved::task).toList();
            return new TaskPage(tasks, null, query.pageSize(), tasks.size());
        }
    }
}
