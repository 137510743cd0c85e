package dev.athanor.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one DataSource every variant borrows from: the shared HikariCP pool, whose connections are
 * wrapped by a {@link StatementCounter} only while counting is switched on. Timed passes get the
 * pool's own connections, so counting adds nothing to their time or allocation.
 */
final class SwitchableDataSource implements DataSource {
    private final DataSource pool;
    private final StatementCounter counter = new StatementCounter();
    private boolean counting;

    SwitchableDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** Starts counting from zero. */
    void startCounting() {
        counter.reset();
        counting = true;
    }

    /** Stops counting; the counter keeps its totals. */
    StatementCounter stopCounting() {
        counting = false;
        return counter;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return track(pool.getConnection());
    }

    /** A connection, of the pool's or opened outside it, wrapped by the counter while counting is on. */
    Connection track(Connection connection) {
        return counting ? counter.wrap(connection) : connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the benchmark pool has fixed credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
