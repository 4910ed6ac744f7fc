package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A closed-loop load generator: {@code clients} virtual threads each send one request after the other for
 * a fixed time; latencies of successful answers are recorded and summarised.
 */
final class LoadRun {

    private LoadRun() {
    }

    /** Runs the load and summarises it; a request counts as an error unless HTTP 200 and {@code ok} accepts the body. */
    /** The first few failed answers, for the bench's report (what went wrong, not only how often). */
    static final java.util.Queue<String> ERRORS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static void sample(String what) {
        if (ERRORS.size() < 10) {
            ERRORS.add(what.length() > 400 ? what.substring(0, 400) + "…" : what);
        }
    }

    static Result run(HttpClient http, Supplier<HttpRequest> request, java.util.function.Predicate<String> ok,
                      int clients, Duration duration) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1 << 16];
            Thread.ofVirtual().start(() -> {
                try {
                    while (running.get()) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                            long took = System.nanoTime() - sent;
                            if (response.statusCode() == 200 && ok.test(response.body())) {
                                if (counts[client] == latencies[client].length) {
                                    latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                                }
                                latencies[client][counts[client]++] = took;
                            } else {
                                errors.incrementAndGet();
                                sample(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            sample(e.getClass().getSimpleName() + ": " + e.getMessage());
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
        return new Result(clients, total, errors.get(), total / seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** Figures of one run: requests/s and p50/p99 latency in milliseconds. */
    record Result(int clients, long requests, long errors, double perSecond, double p50Millis, double p99Millis) {

        String row() {
            return String.format(java.util.Locale.ROOT, "| %d | %,d | %d | %,.0f | %.1f | %.1f |", clients, requests,
                    errors, perSecond, p50Millis, p99Millis);
        }

        static List<String> header() {
            return List.of("| concurrent clients | requests | errors | requests/s | p50 ms | p99 ms |",
                    "|---|---|---|---|---|---|");
        }
    }
}
