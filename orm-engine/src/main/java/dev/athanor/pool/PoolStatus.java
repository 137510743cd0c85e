package dev.athanor.pool;

/**
 * A snapshot of a pool's counters, named as SQLAlchemy's {@code QueuePool} names them.
 *
 * @param size the configured number of connections kept ({@code pool_size})
 * @param checkedOut connections currently lent out
 * @param checkedIn idle connections waiting in the pool
 * @param overflow connections open beyond {@code size} (negative while fewer are open)
 * @param waiting threads waiting for a connection
 * @param max the most connections the pool opens
 */
public record PoolStatus(int size, int checkedOut, int checkedIn, int overflow, int waiting, int max) {

    @Override
    public String toString() {
        return "Pool size: " + size + "  Connections in pool: " + checkedIn + "  Current Overflow: "
                + overflow + "  Current Checked out connections: " + checkedOut;
    }
}
