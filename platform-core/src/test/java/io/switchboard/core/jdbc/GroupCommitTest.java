package io.switchboard.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void everyItemIsWrittenOnceAndCallersReturnAfterTheirBatch() throws Exception {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        List<Integer> written = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            sleep(5);
            batches.add(batch);
            written.addAll(batch);
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int item = i;
            calls.add(pool.submit(() -> {
                await(start);
                commits.write(item);
                assertThat(written).as("written before the caller returns").contains(item);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        assertThat(written).hasSize(400).doesNotHaveDuplicates();
        assertThat(batches.size()).as("concurrent items share batches").isLessThan(200);
    }

    @Test
    void aFailedBatchFailsEveryCallerInIt() {
        GroupCommit<String> commits = new GroupCommit<>(batch -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(() -> commits.write("x")).hasMessage("disk full");
        assertThatThrownBy(() -> commits.write("y")).as("the next batch is tried again").hasMessage("disk full");
    }

    @Test
    void anErrorInOneBatchDoesNotBlockTheWritesAfterIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> written = new CopyOnWriteArrayList<>();
        GroupCommit<String> commits = new GroupCommit<>(batch -> {
            if (broken.getAndSet(false)) {
                throw new StackOverflowError("deep");
            }
            written.addAll(batch);
        });
        assertThatThrownBy(() -> commits.write("x")).isInstanceOf(StackOverflowError.class);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> commits.write("y")).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(written).containsExactly("y");
    }

    @Test
    void anInterruptedWaiterKeepsItsPlaceAndTheBatchesAfterItAreWritten() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstBatch = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        GroupCommit<String> commits = new GroupCommit<>(batch -> {
            if (batch.contains("first")) {
                firstBatchStarted.countDown();
                await(releaseFirstBatch);
            }
            written.addAll(batch);
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = pool.submit(() -> commits.write("first"));
            firstBatchStarted.await();
            java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicReference<Thread> waiter = new java.util.concurrent.atomic.AtomicReference<>();
            Future<?> interrupted = pool.submit(() -> {
                waiter.set(Thread.currentThread());
                commits.write("interrupted");
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            while (waiter.get() == null || waiter.get().getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
            waiter.get().interrupt();
            Future<?> third = pool.submit(() -> commits.write("third"));
            Thread.sleep(20);
            assertThat(written).as("nothing written while the first batch is held").isEmpty();
            releaseFirstBatch.countDown();
            for (Future<?> call : List.of(first, interrupted, third)) {
                call.get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(written).containsExactlyInAnyOrder("first", "interrupted", "third");
            assertThat(stillInterrupted).as("the interrupt is kept for the caller").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
