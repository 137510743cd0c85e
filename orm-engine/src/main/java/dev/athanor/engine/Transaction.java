package dev.athanor.engine;

import dev.athanor.exc.InvalidRequestError;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A transaction on a {@link Connection}: the outermost one from {@link Connection#begin()}, or a
 * SAVEPOINT from {@link Connection#beginNested()}. Closing one that was neither committed nor
 * rolled back rolls it back, so try-with-resources never leaves work half done.
 *
 * <pre>{@code
 * try (Transaction tx = conn.begin()) {
 *     conn.execute(...);
 *     tx.commit();
 * }
 * }</pre>
 */
public final class Transaction implements AutoCloseable {
    private final Connection connection;
    private final Savepoint savepoint;
    private boolean active = true;

    Transaction(Connection connection, Savepoint savepoint) {
        this.connection = connection;
        this.savepoint = savepoint;
    }

    /** Whether this is a SAVEPOINT rather than the outermost transaction. */
    public boolean isNested() {
        return savepoint != null;
    }

    /** Whether the transaction is still open. */
    public boolean isActive() {
        return active;
    }

    /** Commits (or, for a savepoint, releases it, keeping its work in the enclosing transaction). */
    public void commit() {
        requireActive("commit");
        if (savepoint == null) {
            connection.commit();
        } else {
            connection.releaseSavepoint(this);
        }
    }

    /** Rolls back everything done since this transaction (or savepoint) began. */
    public void rollback() {
        if (!active) {
            return;
        }
        if (savepoint == null) {
            connection.rollback();
        } else {
            connection.rollbackToSavepoint(this);
        }
    }

    /** Rolls back unless already committed or rolled back. */
    @Override
    public void close() {
        rollback();
    }

    Savepoint savepoint() {
        return savepoint;
    }

    void deactivate() {
        active = false;
    }

    private void requireActive(String action) {
        if (!active) {
            throw new InvalidRequestError("Cannot " + action + ": this transaction is inactive"
                    + " (already committed or rolled back)");
        }
    }

    /** Names the savepoint in messages. */
    @Override
    public String toString() {
        try {
            return savepoint == null ? "Transaction(root)" : "Transaction(savepoint " + savepoint.getSavepointId() + ")";
        } catch (SQLException e) {
            return "Transaction(savepoint)";
        }
    }
}
