package io.switchboard.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A steady background load for fault tests: each client sends one request, waits {@code pauseMillis}, and again,
 * until stopped; every answer is kept with the time it came back, so that a test can count errors per phase
 * and find when traffic recovered.
 */
final class SteadyLoad implements AutoCloseable {

    /** One answer: when it came back (ms since the load started), to which target, and how it ended. */
    record Answer(long atMillis, String target, int httpStatus, String outcome) {

        boolean completed() {
            return httpStatus == 200 && "completed".equals(outcome);
        }
    }

    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final long started = System.nanoTime();

    /** Starts {@code count} clients sending to {@code target}; {@code send} returns the HTTP status and outcome. */
    SteadyLoad clients(int count, String target, long pauseMillis, Function<String, Answer> send) {
        for (int i = 0; i < count; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    Answer answer;
                    try {
                        answer = send.apply(target);
                    } catch (RuntimeException e) {
                        answer = new Answer(0, target, -1, "exception: " + e.getMessage());
                    }
                    answers.add(new Answer(elapsedMillis(), target, answer.httpStatus(), answer.outcome()));
                    sleep(pauseMillis);
                }
            }));
        }
        return this;
    }

    long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The answers so far, oldest first. */
    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(120_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
