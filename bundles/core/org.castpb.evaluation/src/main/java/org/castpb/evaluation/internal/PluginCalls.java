package org.castpb.evaluation.internal;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugin code on a bounded set of threads and watches every call from the caller's thread: past its time
 * limit, or past its allocation cap (bytes allocated by the call's thread, where the JVM counts them), the call is
 * interrupted. A plugin that does not end within the grace period after the interruption keeps its thread: the
 * thread is abandoned, counted, and replaced, up to {@code maxAbandoned} replacements, so a plugin that ignores
 * interruption can neither hold the caller nor make threads pile up. While a plugin holds an abandoned thread,
 * {@link #stuck(String)} says so and callers leave it out. An {@link OutOfMemoryError} thrown in a plugin's call is
 * caught on its own thread, after the plugin's frames (and what only they referenced) are gone.
 */
final class PluginCalls {

    /** How a call ended. */
    enum Ending {
        /** The plugin returned in time (its value may still be null). */
        ANSWERED,
        /** The plugin threw. */
        FAILED,
        /** The plugin's call ran out of heap; what it held is free again. */
        OUT_OF_MEMORY,
        /** Past the time limit: interrupted. */
        TIMED_OUT,
        /** Past the allocation cap: interrupted. */
        OVER_ALLOCATION,
        /** No thread came free within the time limit; the plugin was not called. */
        NO_THREAD
    }

    /**
     * What a call gave.
     *
     * @param allocatedBytes what the call's thread allocated, as far as known (-1 where the JVM does not count)
     * @param abandoned      the plugin did not end after its interruption: its thread is left to it
     */
    record Result<T>(Ending ending, T value, Throwable failure, long millis, long allocatedBytes, boolean abandoned) {
    }

    /** How often the caller looks at a running call's clock and allocation. */
    static final long POLL_MILLIS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);

    private final String what;
    private final ThreadPoolExecutor pool;
    private final ToLongFunction<Thread> allocated;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Map<String, AtomicInteger> stuck = new ConcurrentHashMap<>();
    private volatile int threads;
    private volatile int maxAbandoned;
    private volatile long graceMillis;

    /**
     * @param what         what the threads run, for their names and the log, e.g. {@code castpb-evaluation-module}
     * @param threads      threads that run calls
     * @param maxAbandoned abandoned threads replaced at most; beyond, calls wait for one of {@code threads}
     * @param graceMillis  how long an interrupted call has to end before its thread is abandoned
     */
    PluginCalls(String what, int threads, int maxAbandoned, long graceMillis) {
        this(what, threads, maxAbandoned, graceMillis, jvmAllocationCounter());
    }

    PluginCalls(String what, int threads, int maxAbandoned, long graceMillis, ToLongFunction<Thread> allocated) {
        this.what = what;
        this.allocated = allocated;
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                SqlEvaluationService.threads(what));
        configure(threads, maxAbandoned, graceMillis);
    }

    /** New sizes and grace period, taking effect for the calls that follow. */
    synchronized void configure(int threads, int maxAbandoned, long graceMillis) {
        this.threads = threads;
        this.maxAbandoned = maxAbandoned;
        this.graceMillis = graceMillis;
        resize();
    }

    /**
     * Calls {@code work} for {@code pluginId} and waits until it ends, runs past {@code timeoutMillis} or
     * allocates more than {@code capBytes} (0 for no cap). Never throws but when the calling thread is interrupted:
     * then the call is interrupted too.
     */
    <T> Result<T> call(String pluginId, Callable<T> work, long timeoutMillis, long capBytes) throws InterruptedException {
        long start = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Task<T> task = new Task<>(pluginId, work);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            // shut down: the engine is stopping
            throw new InterruptedException(what + " threads are shut down");
        }
        try {
            while (true) {
                long began = task.startNanos;
                // the time limit counts from when the plugin runs; before, from when it was handed over
                long left = (began == 0 ? start : began) + limit - System.nanoTime();
                long poll = TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
                if (task.done.await(left > 0 ? Math.min(poll, left) : poll, TimeUnit.NANOSECONDS)) {
                    return task.ended(start);
                }
                boolean late = (began == 0 ? start : began) + limit - System.nanoTime() <= 0;
                if (task.state.get() == Task.QUEUED) {
                    // a thread that is free or being started picks it up: only busy threads make it wait in vain
                    if (late && pool.getActiveCount() >= pool.getMaximumPoolSize()
                            && task.state.compareAndSet(Task.QUEUED, Task.CANCELLED)) {
                        pool.remove(task);
                        return new Result<>(Ending.NO_THREAD, null, null, millisSince(start), 0, false);
                    }
                } else if (capBytes > 0 && task.allocated() > capBytes) {
                    return stop(task, Ending.OVER_ALLOCATION, start);
                } else if (began != 0 && late) {
                    return stop(task, Ending.TIMED_OUT, start);
                }
            }
        } catch (InterruptedException e) {
            task.state.compareAndSet(Task.QUEUED, Task.CANCELLED);
            task.interrupt();
            throw e;
        }
    }

    /** Threads now held by plugins that ignored their interruption. */
    int abandoned() {
        return abandoned.get();
    }

    /** Threads now held by this plugin after it ignored an interruption. */
    int stuck(String pluginId) {
        AtomicInteger n = stuck.get(pluginId);
        return n == null ? 0 : n.get();
    }

    /** The most threads there can be now: the working ones and the abandoned ones replaced. */
    int capacity() {
        return pool.getMaximumPoolSize();
    }

    void shutdown() {
        pool.shutdownNow();
    }

    private <T> Result<T> stop(Task<T> task, Ending why, long start) throws InterruptedException {
        task.interrupt();
        boolean ended = task.done.await(graceMillis, TimeUnit.MILLISECONDS);
        long bytes = task.allocated();
        boolean abandon;
        int now = 0;
        // under the task's lock, so that a call ending right now finds the counts it takes back
        synchronized (task) {
            abandon = !ended && task.state.compareAndSet(Task.RUNNING, Task.ABANDONED);
            if (abandon) {
                now = abandoned.incrementAndGet();
                stuck.computeIfAbsent(task.pluginId, k -> new AtomicInteger()).incrementAndGet();
            }
        }
        if (abandon) {
            resize();
            LOG.warn("{} ignored its interruption ({}) and keeps thread {}: the thread is abandoned, {} abandoned now, "
                    + "{} of them replaced", task.pluginId, why, task.threadName, now, Math.min(now, maxAbandoned));
            return new Result<>(why, null, null, millisSince(start), bytes, true);
        }
        return new Result<>(why, null, null, millisSince(start), bytes, false);
    }

    /** An abandoned call ended after all: its thread is back. */
    private void returned(Task<?> task) {
        int now = abandoned.decrementAndGet();
        stuck.get(task.pluginId).decrementAndGet();
        resize();
        LOG.info("{} ended after all and gave back thread {}; {} abandoned now", task.pluginId, task.threadName, now);
    }

    /** As many threads as configured, plus one for each abandoned thread up to {@code maxAbandoned}. */
    private synchronized void resize() {
        int size = threads + Math.min(abandoned.get(), maxAbandoned);
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else if (size < pool.getMaximumPoolSize()) {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Bytes a thread allocated so far, from HotSpot's {@code com.sun.management.ThreadMXBean}; -1 when this JVM
     * does not count them (then no allocation cap applies).
     */
    static ToLongFunction<Thread> jvmAllocationCounter() {
        try {
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean counting && counting.isThreadAllocatedMemorySupported()) {
                if (!counting.isThreadAllocatedMemoryEnabled()) {
                    counting.setThreadAllocatedMemoryEnabled(true);
                }
                return t -> counting.getThreadAllocatedBytes(t.getId());
            }
        } catch (LinkageError | RuntimeException e) {
            LOG.info("This JVM does not count the bytes a thread allocates ({}); plugins run without an allocation cap",
                    e.toString());
            return t -> -1;
        }
        LOG.info("This JVM does not count the bytes a thread allocates; plugins run without an allocation cap");
        return t -> -1;
    }

    /** One call: queued, running, then done, or cancelled while queued, or abandoned while running. */
    private final class Task<T> implements Runnable {
        static final int QUEUED = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int CANCELLED = 3;
        static final int ABANDONED = 4;

        final AtomicInteger state = new AtomicInteger(QUEUED);
        final CountDownLatch done = new CountDownLatch(1);
        final String pluginId;
        final Callable<T> work;
        volatile String threadName;
        private Thread thread;
        private volatile long startBytes;
        /** When the plugin was called, 0 before. */
        volatile long startNanos;
        private volatile long endBytes = -1;
        private T value;
        private Throwable failure;
        private boolean outOfMemory;

        Task(String pluginId, Callable<T> work) {
            this.pluginId = pluginId;
            this.work = work;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            Thread me = Thread.currentThread();
            threadName = me.getName();
            startBytes = allocated.applyAsLong(me);
            synchronized (this) {
                thread = me;
            }
            startNanos = System.nanoTime();
            try {
                value = work.call();
            } catch (OutOfMemoryError e) {
                // the plugin's frames are gone, and with them what only they referenced: the heap is free again
                outOfMemory = true;
            } catch (Throwable e) {
                failure = e;
            } finally {
                endBytes = bytesSinceStart(me);
                boolean wasAbandoned;
                synchronized (this) {
                    thread = null;
                    wasAbandoned = !state.compareAndSet(RUNNING, DONE);
                }
                done.countDown();
                if (wasAbandoned) {
                    returned(this);
                }
            }
        }

        /** Interrupts the call's thread unless the call has ended (its thread may run another call by then). */
        synchronized void interrupt() {
            if (thread != null) {
                thread.interrupt();
            }
        }

        /** Bytes allocated by the call so far, or in all when it ended; -1 when unknown. */
        long allocated() {
            if (endBytes != -1) {
                return endBytes;
            }
            Thread t;
            synchronized (this) {
                t = thread;
            }
            return t == null ? endBytes : bytesSinceStart(t);
        }

        private long bytesSinceStart(Thread t) {
            long now = allocated.applyAsLong(t);
            return now < 0 || startBytes < 0 ? -1 : now - startBytes;
        }

        Result<T> ended(long start) {
            Ending ending = outOfMemory ? Ending.OUT_OF_MEMORY : failure != null ? Ending.FAILED : Ending.ANSWERED;
            return new Result<>(ending, value, failure, millisSince(start), endBytes, false);
        }
    }
}
