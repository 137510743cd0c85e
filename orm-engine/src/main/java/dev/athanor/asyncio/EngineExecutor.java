package dev.athanor.asyncio;

import dev.athanor.engine.Engine;
import dev.athanor.exc.ResourceClosedError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an async engine's operations run on: a virtual thread per operation when the JVM
 * has them (JDK 21+, found once through method handles because the code is compiled for 17),
 * else a pool of daemon platform threads as large as the engine's connection pool. Pending
 * operations wait in a queue (and, for a connection, in {@link ConnectionSlots}), never on a
 * thread of their own, so thousands of them do not become thousands of threads.
 */
final class EngineExecutor implements Executor {
    /** {@code name -> ExecutorService} of virtual threads, or {@code null} before JDK 21. */
    private static final MethodHandle VIRTUAL_THREADS = virtualThreadExecutorFactory();

    private final ExecutorService executor;
    private final boolean virtual;

    EngineExecutor(String name, int platformThreads) {
        ExecutorService virtualThreads = virtualThreads(name);
        this.virtual = virtualThreads != null;
        this.executor = virtual ? virtualThreads : platformThreads(name, platformThreads);
    }

    /** Whether operations run on virtual threads. */
    boolean isVirtual() {
        return virtual;
    }

    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            throw new ResourceClosedError("This AsyncEngine is closed; create a new one to run async operations");
        }
    }

    void shutdown() {
        executor.shutdown();
    }

    private static ExecutorService platformThreads(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ExecutorService virtualThreads(String name) {
        if (VIRTUAL_THREADS == null) {
            return null;
        }
        try {
            return (ExecutorService) VIRTUAL_THREADS.invoke(name + "-");
        } catch (Throwable e) {
            return null; // JDK 19-20 without --enable-preview: virtual threads are a preview there
        }
    }

    /**
     * {@code Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(prefix, 1).factory())} as a
     * handle taking the prefix, or {@code null} when {@code Thread.ofVirtual} does not exist.
     */
    private static MethodHandle virtualThreadExecutorFactory() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle start = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
            MethodHandle name = lookup.findVirtual(ofVirtual, "name",
                    MethodType.methodType(ofVirtual, String.class, long.class));
            MethodHandle factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
            MethodHandle perTask = lookup.findStatic(Executors.class, "newThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class, ThreadFactory.class));
            // prefix -> perTask(factory(name(ofVirtual(), prefix, 1)))
            MethodHandle named = MethodHandles.insertArguments(name, 2, 1L); // (OfVirtual, String) -> OfVirtual
            named = MethodHandles.collectArguments(named, 0, start);          // (String) -> OfVirtual
            MethodHandle threads = MethodHandles.filterReturnValue(named,
                    factory.asType(MethodType.methodType(ThreadFactory.class, ofVirtual)));
            return MethodHandles.filterReturnValue(threads, perTask);
        } catch (ReflectiveOperationException e) {
            return null; // JDK 17-20: no virtual threads
        }
    }

    /** The name of an engine's threads. */
    static String threadName(Engine engine) {
        return "athanor-async-" + engine.dialect().name();
    }
}
