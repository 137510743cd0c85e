package dev.athanor.autoconfigure.transaction;

import dev.athanor.orm.Session;
import java.util.function.Supplier;
import org.springframework.transaction.support.ResourceHolderSupport;

/**
 * The session bound to a thread under its {@link dev.athanor.orm.SessionFactory}: opened by the
 * transaction manager for one transaction, or lazily by the web layer for one request.
 */
public final class SessionHolder extends ResourceHolderSupport {
    private final Supplier<Session> opener;
    private Session session;
    private boolean transactionActive;

    /** A holder of an already open session. */
    public SessionHolder(Session session) {
        this.opener = () -> session;
        this.session = session;
    }

    /** A holder that opens its session on first {@link #session()}. */
    public SessionHolder(Supplier<Session> opener) {
        this.opener = opener;
    }

    /** The session, opened now if this holder opens lazily. */
    public Session session() {
        if (session == null) {
            session = opener.get();
        }
        return session;
    }

    /** Whether the session has been opened. */
    public boolean isOpened() {
        return session != null;
    }

    boolean isTransactionActive() {
        return transactionActive;
    }

    void setTransactionActive(boolean transactionActive) {
        this.transactionActive = transactionActive;
    }
}
