package io.switchboard.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A closed-loop load generator: {@code clients} threads each send one request after the other for a fixed
 * time; latencies of successful answers are recorded and summarised.
 */
final class LoadRun {

    private LoadRun() {
    }

    /** The first few failed answers, for the bench's report (what went wrong, not only how often). */
    static final java.util.Queue<String> ERRORS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static void sample(String what) {
        if (ERRORS.size() < 10) {
            ERRORS.add(what.length() > 400 ? what.substring(0, 400) + "…" : what);
        }
    }

    /** Where the load goes: a URL and the bearer token sent with every request. */
    record Target(URI uri, String token) {

        Target(String url, String token) {
            this(URI.create(url), token);
        }
    }

    /**
     * Runs the load and summarises it; a request counts as an error unless HTTP 200 and {@code ok} accepts the
     * body. Each client is a platform thread with its own keep-alive connection ({@link RawHttpConnection}).
     */
    static Result run(Target target, Supplier<String> body, java.util.function.Predicate<String> ok,
                      int clients, Duration duration) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(clients);
        long cpuBefore = ownCpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1 << 16];
            Thread.ofPlatform().daemon().name("load-" + c).start(() -> {
                try (RawHttpConnection connection = new RawHttpConnection(target.uri(), target.token())) {
                    while (running.get()) {
                        try {
                            byte[] payload = body.get().getBytes(StandardCharsets.UTF_8);
                            long sent = System.nanoTime();
                            RawHttpConnection.Answer answer = connection.post(payload);
                            long took = System.nanoTime() - sent;
                            if (answer.status() == 200 && ok.test(answer.body())) {
                                if (counts[client] == latencies[client].length) {
                                    latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                                }
                                latencies[client][counts[client]++] = took;
                            } else {
                                errors.incrementAndGet();
                                sample(answer.status() + " " + answer.body());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            sample(e.getClass().getSimpleName() + ": " + e.getMessage());
                            connection.close();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double generatorMicros = total == 0 ? Double.NaN : (ownCpuNanos() - cpuBefore) / 1e3 / (total + errors.get());
        return new Result(clients, total, errors.get(), total / seconds, percentile(all, 0.50), percentile(all, 0.99),
                generatorMicros);
    }

    /** CPU time this JVM (the load generator) has used so far. */
    private static long ownCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /**
     * Figures of one run: requests/s, p50/p99 latency in milliseconds, and the CPU the load generator's JVM
     * used per request (microseconds), which the server did not have on a shared machine.
     */
    record Result(int clients, long requests, long errors, double perSecond, double p50Millis, double p99Millis,
                  double generatorCpuMicros) {

        String row() {
            return String.format(java.util.Locale.ROOT, "| %d | %,d | %d | %,.0f | %.1f | %.1f | %.0f |", clients,
                    requests, errors, perSecond, p50Millis, p99Millis, generatorCpuMicros);
        }

        static List<String> header() {
            return List.of("| concurrent clients | requests | errors | requests/s | p50 ms | p99 ms | generator CPU µs/request |",
                    "|---|---|---|---|---|---|---|");
        }
    }
}
