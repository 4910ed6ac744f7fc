package io.switchboard.core.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Group commit without a thread of its own: callers queue their item; whoever finds no write in progress
 * writes everything queued so far in one batch, and the others wait for the batch holding their item. Under
 * load, many items share one database round trip and commit; alone, an item is written at once.
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> writeBatch;
    private final ArrayDeque<Pending<T>> queued = new ArrayDeque<>();
    private boolean writing;

    public GroupCommit(Consumer<List<T>> writeBatch) {
        this.writeBatch = writeBatch;
    }

    /** Returns once the item is written; throws what the batch write threw. */
    public void write(T item) {
        Pending<T> mine = new Pending<>(item);
        List<Pending<T>> batch;
        synchronized (this) {
            queued.add(mine);
            while (!mine.done && writing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for a group commit", e);
                }
            }
            if (mine.done) {
                rethrow(mine.failure);
                return;
            }
            writing = true;
            batch = new ArrayList<>(queued);
            queued.clear();
        }
        RuntimeException failure = null;
        Error error = null;
        try {
            writeBatch.accept(batch.stream().map(p -> p.item).toList());
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // the others must not wait for ever: they get the failure, this caller the error itself
            error = e;
            failure = new IllegalStateException("The group commit failed: " + e, e);
        }
        synchronized (this) {
            for (Pending<T> pending : batch) {
                pending.done = true;
                pending.failure = failure;
            }
            writing = false;
            notifyAll();
        }
        if (error != null) {
            throw error;
        }
        rethrow(failure);
    }

    private static void rethrow(RuntimeException failure) {
        if (failure != null) {
            throw failure;
        }
    }

    private static final class Pending<T> {

        private final T item;
        private boolean done;
        private RuntimeException failure;

        Pending(T item) {
            this.item = item;
        }
    }
}
