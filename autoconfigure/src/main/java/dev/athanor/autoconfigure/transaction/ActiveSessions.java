package dev.athanor.autoconfigure.transaction;

import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens and closes the sessions the Spring integration manages (per transaction and per request)
 * and counts those open. (The {@code athanor.sessions.active} gauge counts every session the factory
 * opens, through {@link dev.athanor.orm.SessionListener#afterOpen}/{@code afterClose}.)
 */
public final class ActiveSessions {
    private final SessionFactory factory;
    private final AtomicInteger open = new AtomicInteger();

    /** Sessions from the factory. */
    public ActiveSessions(SessionFactory factory) {
        this.factory = factory;
    }

    /** The factory sessions come from. */
    public SessionFactory factory() {
        return factory;
    }

    /** A new session with its own connection, counted until {@link #close}. */
    public Session open() {
        Session session = factory.open();
        open.incrementAndGet();
        return session;
    }

    /** Closes a session opened here: rolls back what was not committed and returns its connection. */
    public void close(Session session) {
        if (!session.isClosed()) {
            try {
                session.close();
            } finally {
                open.decrementAndGet();
            }
        }
    }

    /** How many sessions opened here are not closed yet. */
    public int count() {
        return open.get();
    }
}
