package io.switchboard.tools.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeLimitedCallTest {

    private final ExecutorService oneThread = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        oneThread.shutdownNow();
    }

    @Test
    void theLimitCountsFromTheStartNotFromTheQueue() throws Exception {
        oneThread.submit(() -> sleep(400)); // the only thread is busy for longer than the limit

        String answer = TimeLimitedCall.call(oneThread, () -> "42", Duration.ofMillis(200), Duration.ofSeconds(5));

        assertThat(answer).isEqualTo("42");
    }

    @Test
    void aCallThatRunsTooLongTimesOutAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> TimeLimitedCall.call(oneThread, () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        }, Duration.ofMillis(100), Duration.ofSeconds(5)))
                .isInstanceOf(TimeoutException.class).isNotInstanceOf(TimeLimitedCall.NotStarted.class);
        assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the running call is interrupted").isTrue();
    }

    @Test
    void aCallThatGetsNoThreadInTimeIsWithdrawnAndNeverRuns() throws Exception {
        oneThread.submit(() -> {
            release.await();
            return null;
        });
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> TimeLimitedCall.call(oneThread, () -> {
            ran.set(true);
            return "x";
        }, Duration.ofSeconds(5), Duration.ofMillis(100)))
                .isInstanceOf(TimeLimitedCall.NotStarted.class).hasMessageContaining("100 ms");
        release.countDown();
        oneThread.shutdown();
        oneThread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(ran).as("withdrawn before it got a thread").isFalse();
    }

    private static Object sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return null;
    }
}
