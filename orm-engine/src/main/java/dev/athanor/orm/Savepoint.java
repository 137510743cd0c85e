package dev.athanor.orm;

/**
 * A SAVEPOINT begun by {@link Session#beginNested()}: {@link #commit()} releases it, keeping its
 * work in the enclosing transaction; {@link #rollback()} undoes its work in the database and in
 * the session; closing it without either rolls it back.
 */
public final class Savepoint implements AutoCloseable {
    private final TransactionStack transactions;
    private final SessionTransaction level;
    private boolean active = true;

    Savepoint(TransactionStack transactions, SessionTransaction level) {
        this.transactions = transactions;
        this.level = level;
    }

    /**
     * Flushes and releases the savepoint. When the flush fails the savepoint stays active, so
     * {@link #rollback()} still undoes it.
     */
    public void commit() {
        if (active) {
            transactions.releaseSavepoint(level);
            active = false;
        }
    }

    /** Rolls back to the savepoint, in the database and in the session. */
    public void rollback() {
        if (active) {
            active = false;
            transactions.rollbackSavepoint(level);
        }
    }

    /** Whether the savepoint is still open. */
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        rollback();
    }
}
