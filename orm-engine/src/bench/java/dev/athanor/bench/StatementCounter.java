package dev.athanor.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what every variant sends through JDBC, the same way for all of them: a dynamic proxy
 * around the {@link Connection} wraps each statement it creates and counts the calls that reach
 * the database ({@code execute*}; an {@code executeBatch} counts once) and the parameter sets
 * queued with {@code addBatch}. The proxies cost an array per call, so they are only in place
 * during the untimed counting pass.
 */
final class StatementCounter {
    // variants that run on several threads (the async workloads) count from all of them at once
    private final AtomicLong executions = new AtomicLong();
    private final AtomicLong batchedSets = new AtomicLong();

    /** The connection, wrapped so its statements are counted. */
    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Statement statement ? wrapStatement(statement, method.getReturnType()) : result;
        });
    }

    /** Forgets the counts. */
    void reset() {
        executions.set(0);
        batchedSets.set(0);
    }

    /** Round trips started by {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeBatch}. */
    long executions() {
        return executions.get();
    }

    /** Parameter sets queued with {@code addBatch}. */
    long batchedSets() {
        return batchedSets.get();
    }

    private Object wrapStatement(Statement statement, Class<?> declared) {
        return proxy(declared, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                executions.incrementAndGet();
            } else if (name.equals("addBatch")) {
                batchedSets.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
