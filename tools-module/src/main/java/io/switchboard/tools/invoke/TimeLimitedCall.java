package io.switchboard.tools.invoke;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a call on an executor with a time limit counted from the moment it starts to run, not from its
 * submission. The executor is the server's shared pool: under load a call may wait in its queue behind
 * incoming requests, and that wait is the server being busy, not the tool being slow; a calculator that
 * needs microseconds must not fail with "did not finish within 5000 ms" because it waited 5 s for a thread.
 * The wait for a thread has its own, longer bound.
 */
final class TimeLimitedCall {

    /** The call did not get a thread within its start bound; it was withdrawn and will not run. */
    static final class NotStarted extends TimeoutException {

        NotStarted(String message) {
            super(message);
        }
    }

    private TimeLimitedCall() {
    }

    /**
     * The call's result; {@link NotStarted} when it waited longer than {@code startWithin} for a thread,
     * {@link TimeoutException} when it ran longer than {@code limit} (then it is interrupted).
     */
    static <T> T call(ExecutorService executor, Callable<T> call, Duration limit, Duration startWithin)
            throws InterruptedException, ExecutionException, TimeoutException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean claimed = new AtomicBoolean(); // by the thread that runs it, or by the caller withdrawing it
        Future<T> future = executor.submit(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return null; // withdrawn: the caller has given up on it
            }
            started.countDown();
            return call.call();
        });
        try {
            if (!started.await(startWithin.toMillis(), TimeUnit.MILLISECONDS) && claimed.compareAndSet(false, true)) {
                future.cancel(false);
                throw new NotStarted("no thread within " + startWithin.toMillis() + " ms");
            }
            started.await(); // claimed by a thread an instant ago
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (NotStarted e) {
            throw e;
        } catch (TimeoutException | InterruptedException e) {
            claimed.compareAndSet(false, true); // interrupted before it started: it must not start later
            future.cancel(true);
            throw e;
        }
    }
}
