package dev.athanor.autoconfigure.asyncio;

import dev.athanor.asyncio.AsyncSession;
import org.springframework.transaction.support.ResourceHolderSupport;

/**
 * The {@link AsyncSession} of one reactive transaction, bound in the Reactor transaction context
 * under its {@link dev.athanor.asyncio.AsyncSessionFactory}.
 */
final class AsyncSessionHolder extends ResourceHolderSupport {
    private final AsyncSession session;
    private boolean transactionActive;

    AsyncSessionHolder(AsyncSession session) {
        this.session = session;
    }

    AsyncSession session() {
        return session;
    }

    boolean isTransactionActive() {
        return transactionActive;
    }

    void setTransactionActive(boolean transactionActive) {
        this.transactionActive = transactionActive;
    }
}
