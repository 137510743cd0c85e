package dev.athanor.autoconfigure.transaction;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates the shared {@link Session} that applications inject, like the container-managed
 * {@code EntityManager}: one thread-safe proxy whose every call goes to the session bound to the
 * calling thread, that of the running Spring transaction or, outside one, of the current web
 * request.
 *
 * <p>The proxy never owns a session. {@code close()} on it does nothing, because the session it
 * stands for belongs to the transaction manager (closed when the transaction ends) or to the
 * request (closed when the request ends); closing it from application code would break whoever
 * still works in it. {@code isClosed()} answers for the bound session, or {@code false} when none
 * is bound. Calls made when nothing is bound raise an {@link InvalidRequestError} that says how
 * to get a session.
 */
public final class SharedSession {

    private SharedSession() {
    }

    /** A proxy resolving to the session bound for {@code factory} on the calling thread. */
    public static Session create(SessionFactory factory) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                new Resolver(factory));
    }

    /** The session bound for the factory on this thread, opened now if its holder opens lazily, or null. */
    static Session bound(SessionFactory factory) {
        SessionHolder holder = (SessionHolder) TransactionSynchronizationManager.getResource(factory);
        return holder == null ? null : holder.session();
    }

    /** Finds the bound session for each call. */
    private record Resolver(SessionFactory factory) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Shared Athanor Session (the session of the current transaction or request)";
                case "factory":
                    return factory;
                case "close":
                    return null;
                case "isClosed":
                    SessionHolder holder = (SessionHolder) TransactionSynchronizationManager.getResource(factory);
                    return holder != null && holder.isOpened() && holder.session().isClosed();
                default:
                    break;
            }
            Session target = bound(factory);
            if (target == null) {
                throw new InvalidRequestError("No Athanor Session is bound to this thread for Session."
                        + method.getName() + "(): call it from a @Transactional method or inside a"
                        + " TransactionTemplate, or during a web request with athanor.web.session-per-request"
                        + "=true (the default in servlet web applications); for background work open a"
                        + " session yourself with SessionFactory.open() in try-with-resources");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
