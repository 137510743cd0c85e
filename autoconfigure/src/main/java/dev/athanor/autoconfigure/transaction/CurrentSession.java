package dev.athanor.autoconfigure.transaction;

import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The session of the current transaction or web request, like a container-managed
 * {@code EntityManager}: inject it once, call {@link #get()} wherever a session is needed.
 */
public final class CurrentSession {
    private final SessionFactory factory;

    /** Resolves sessions bound for the factory. */
    public CurrentSession(SessionFactory factory) {
        this.factory = factory;
    }

    /**
     * The bound session.
     *
     * @throws IllegalStateException when no transaction or request has one, saying how to get one
     */
    public Session get() {
        SessionHolder holder = (SessionHolder) TransactionSynchronizationManager.getResource(factory);
        if (holder == null) {
            throw new IllegalStateException("No Athanor Session is bound to this thread: call it from a"
                    + " @Transactional method or inside a TransactionTemplate, or from a web request with"
                    + " athanor.web.session-per-request=true; for background work open one yourself with"
                    + " SessionFactory.open() in try-with-resources");
        }
        return holder.session();
    }

    /** Whether a session is bound to this thread (a transaction or request is in progress). */
    public boolean isAvailable() {
        return TransactionSynchronizationManager.hasResource(factory);
    }
}
