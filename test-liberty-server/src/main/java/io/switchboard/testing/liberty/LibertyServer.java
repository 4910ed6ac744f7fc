package io.switchboard.testing.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of the test installation, created as a fresh copy of the {@code switchboard} server that
 * the build created from liberty-config (same server.xml, same EAR), and driven with Liberty's own
 * {@code bin/server start|stop} script, as an operator would. The environment is the caller's minus every
 * {@code SWITCHBOARD_*} variable, plus what the test sets, so the defaults are the shipped ones.
 */
public final class LibertyServer implements AutoCloseable {

    public static final String TEMPLATE = "switchboard";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path wlp;
    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private boolean running;

    private LibertyServer(Path wlp, String name, int port, Map<String, String> environment) {
        this.wlp = wlp;
        this.name = name;
        this.port = port;
        this.environment = environment;
    }

    /** A new server called {@code name}, copied from the template without its logs, work area or data. */
    public static LibertyServer freshCopy(String name, int port, Map<String, String> extraEnvironment) {
        Path wlp = Path.of(System.getProperty("liberty.dir", "target/liberty/wlp")).toAbsolutePath();
        Path servers = wlp.resolve("usr/servers");
        Path template = servers.resolve(TEMPLATE);
        if (!Files.isDirectory(template.resolve("apps"))) {
            throw new IllegalStateException("No deployed template server at " + template
                    + ": run the build through the pre-integration-test phase (./mvnw verify)");
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(key -> key.startsWith("SWITCHBOARD_") || key.startsWith("WLP_") || key.equals("JVM_ARGS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SWITCHBOARD_HTTP_PORT", Integer.toString(port));
        env.putAll(extraEnvironment);
        LibertyServer server = new LibertyServer(wlp, name, port, env);

        Path target = servers.resolve(name);
        if (Files.isDirectory(target)) {
            server.stopQuietly(); // a run that was cut short may have left it running
            deleteRecursively(target);
        }
        copyRecursively(template, target, List.of("logs", "workarea", "data"));
        return server;
    }

    /**
     * Adds JVM options to this server's {@code jvm.options}; one that selects a garbage collector replaces the
     * template's choice (the JVM refuses two).
     */
    public void overrideJvmOptions(List<String> options) {
        Path file = wlp.resolve("usr/servers").resolve(name).resolve("jvm.options");
        try {
            List<String> lines = new java.util.ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
            if (options.stream().anyMatch(LibertyServer::selectsCollector)) {
                lines.removeIf(LibertyServer::selectsCollector);
            }
            lines.addAll(options);
            Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean selectsCollector(String option) {
        return option.strip().matches("-XX:\\+Use\\w*GC");
    }

    /** Sets an environment variable for the server's next start. */
    public void environment(String name, String value) {
        environment.put(name, value);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The server's own data directory (embedded database, JWT keys). */
    public Path dataDir() {
        return wlp.resolve("usr/servers").resolve(name).resolve("data");
    }

    public Path messagesLog() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    public String messages() {
        try {
            return Files.exists(messagesLog()) ? Files.readString(messagesLog(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until {@code /health/ready} answers UP. */
    public void start() {
        run("start");
        running = true;
        awaitReady();
    }

    public void stop() {
        if (running) {
            run("stop");
            running = false;
        }
    }

    /** Stops the server if it runs; a server that is not running is fine. */
    private void stopQuietly() {
        try {
            run("stop");
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("is not running")) {
                throw e;
            }
        }
    }

    /** Kills the server's JVM at once (kill -9): no shutdown hooks, no orderly stop, as in a crash. */
    public void kill() {
        Path pidFile = pidFile();
        try {
            long pid = pid();
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                    "server " + name + " (pid " + pid + ") is not running"));
            process.destroyForcibly();
            process.onExit().get(60, TimeUnit.SECONDS);
            Files.deleteIfExists(pidFile);
            running = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot kill server " + name + ": " + e, e);
        }
    }

    /** The process id of the server's JVM, while it runs. */
    public long pid() {
        try {
            return Long.parseLong(Files.readString(pidFile()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("server " + name + " has no pid file (not running?)", e);
        }
    }

    private Path pidFile() {
        return wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    }

    public void restart() {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    private void run(String action) {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " did not finish in 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("server " + action + " " + name + " failed (exit "
                        + process.exitValue() + "):\n" + output + "\n" + tail(messages()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Server " + name + " not ready after " + READY_TIMEOUT.toSeconds()
                + " s; last answer: " + last + "\n" + tail(messages()));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private static void copyRecursively(Path from, Path to, List<String> skippedTopLevel) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && skippedTopLevel.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path destination = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
