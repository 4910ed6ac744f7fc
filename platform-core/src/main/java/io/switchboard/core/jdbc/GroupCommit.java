package io.switchboard.core.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Group commit without a thread of its own: callers queue their item; whoever finds no write in progress
 * writes everything queued so far in one batch, and the others wait for the batch holding their item. Under
 * load, many items share one database round trip and commit; alone, an item is written at once.
 *
 * <p>Each waiting caller is woken exactly once: by the writer of its batch when the batch is done, or, when
 * its item is the oldest still queued, to write the next batch itself (the writer hands the role on). A
 * monitor with {@code notifyAll} instead wakes every waiter after every batch, and under load (dozens of
 * request threads on two cores) they spend their time contending for the monitor, not writing.
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
        Pending<T> mine = new Pending<>(item, Thread.currentThread());
        boolean leads;
        synchronized (this) {
            queued.add(mine);
            leads = !writing;
            writing = true;
        }
        if (!leads && !awaitTurn(mine)) {
            rethrow(mine.failure);
            return;
        }
        List<Pending<T>> batch;
        synchronized (this) {
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
        Pending<T> next;
        synchronized (this) {
            next = queued.peekFirst();
            writing = next != null;
        }
        for (Pending<T> pending : batch) {
            pending.failure = failure;
            pending.done = true;
            if (pending != mine) {
                LockSupport.unpark(pending.thread);
            }
        }
        if (next != null) {
            next.leads = true;
            LockSupport.unpark(next.thread);
        }
        if (error != null) {
            throw error;
        }
        rethrow(failure);
    }

    /**
     * Parks until the item is written (false) or this caller is to write the next batch (true). Not
     * interruptible: a caller that left early could be the one handed the next batch, and the others would
     * wait for ever; the interrupt is kept for the caller's code.
     */
    private static boolean awaitTurn(Pending<?> mine) {
        boolean interrupted = false;
        while (!mine.done && !mine.leads) {
            LockSupport.park(mine);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return !mine.done;
    }

    private static void rethrow(RuntimeException failure) {
        if (failure != null) {
            throw failure;
        }
    }

    private static final class Pending<T> {

        private final T item;
        private final Thread thread;
        private volatile boolean done;
        private volatile boolean leads;
        private RuntimeException failure; // written before done, read after it

        Pending(T item, Thread thread) {
            this.item = item;
            this.thread = thread;
        }
    }
}
