package dev.athanor.orm;

/**
 * One session per thread, like SQLAlchemy's {@code scoped_session}: {@link #get()} opens the
 * calling thread's session on first use, {@link #remove()} closes it (call it at the end of each
 * request or task, or the thread keeps its session).
 */
public final class ScopedSession {
    private final SessionFactory factory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    /** Sessions from {@code factory}, one per thread. */
    public ScopedSession(SessionFactory factory) {
        this.factory = factory;
    }

    /** The calling thread's session, opened on first use. */
    public Session get() {
        Session session = current.get();
        if (session == null || session.isClosed()) {
            session = factory.open();
            current.set(session);
        }
        return session;
    }

    /** Closes the calling thread's session, if it has one. */
    public void remove() {
        Session session = current.get();
        current.remove();
        if (session != null) {
            session.close();
        }
    }
}
