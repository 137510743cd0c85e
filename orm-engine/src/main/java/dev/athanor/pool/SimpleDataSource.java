package dev.athanor.pool;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The parts of {@link DataSource} that Athanor's own data sources do not use: credentials come
 * from the engine URL, logging goes through SLF4J, and they wrap nothing.
 *
 * <p>The login timeout is kept as set: HikariCP sets it from its connection timeout and, when the
 * pool closes, waits that long for its connection-adding thread to stop. A data source that
 * forgot it would answer 0 and make every close log "Timed-out waiting for add connection
 * executor to shutdown".
 */
abstract class SimpleDataSource implements DataSource {
    private volatile int loginTimeoutSeconds;

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Credentials come from the engine URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
