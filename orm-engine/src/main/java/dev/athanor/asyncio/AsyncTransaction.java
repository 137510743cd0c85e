package dev.athanor.asyncio;

import dev.athanor.engine.Transaction;
import java.util.concurrent.CompletableFuture;

/** A transaction begun with {@link AsyncConnection#begin()}, like SQLAlchemy's {@code AsyncTransaction}. */
public final class AsyncTransaction {
    private final AsyncConnection connection;
    private final Transaction transaction;

    AsyncTransaction(AsyncConnection connection, Transaction transaction) {
        this.connection = connection;
        this.transaction = transaction;
    }

    /** Commits it. */
    public CompletableFuture<Void> commit() {
        return connection.run("commit()", Operation.Kind.WORK, transaction::commit);
    }

    /** Rolls it back. */
    public CompletableFuture<Void> rollback() {
        return connection.run("rollback()", Operation.Kind.ROLLBACK, transaction::rollback);
    }

    /** Whether it has not been committed or rolled back yet. */
    public boolean isActive() {
        return transaction.isActive();
    }
}
