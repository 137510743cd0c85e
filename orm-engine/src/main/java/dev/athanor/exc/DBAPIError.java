package dev.athanor.exc;

/**
 * An error raised by the JDBC driver, wrapped with the statement that caused it.
 *
 * <p>The message follows SQLAlchemy's shape: the driver's message, then {@code [SQL: …]} and
 * {@code [parameters: …]} (truncated, so a 10 MB blob does not flood a log). The subclass is
 * chosen from the SQLState class and vendor code by the dialect. When the driver reports that the
 * connection is gone, {@link #connectionInvalidated()} is true and the connection has already been
 * evicted from the pool, so retrying on a fresh checkout is safe.
 */
public class DBAPIError extends AthanorException {
    private static final long serialVersionUID = 1L;

    private final String statement;
    private final String parameters;
    private final String sqlState;
    private final int vendorCode;
    private final boolean connectionInvalidated;

    public DBAPIError(Details details, Throwable cause) {
        super(render(details, cause), cause);
        this.statement = details.statement();
        this.parameters = details.parameters();
        this.sqlState = details.sqlState();
        this.vendorCode = details.vendorCode();
        this.connectionInvalidated = details.connectionInvalidated();
    }

    /**
     * What is known about the failing call.
     *
     * @param statement the SQL sent, or {@code null} when the error came from connecting
     * @param parameters a rendering of the bound parameters, already truncated, or {@code null}
     * @param sqlState the driver's SQLState, or {@code null}
     * @param vendorCode the driver's vendor error code
     * @param connectionInvalidated whether the connection was found dead and discarded
     */
    public record Details(String statement, String parameters, String sqlState, int vendorCode,
                          boolean connectionInvalidated) {
    }

    private static String render(Details details, Throwable cause) {
        StringBuilder message = new StringBuilder();
        message.append('(').append(cause.getClass().getName()).append(") ").append(cause.getMessage());
        if (details.statement() != null) {
            message.append("\n[SQL: ").append(details.statement()).append(']');
        }
        if (details.parameters() != null) {
            message.append("\n[parameters: ").append(details.parameters()).append(']');
        }
        if (details.sqlState() != null) {
            message.append("\n[SQLState: ").append(details.sqlState()).append(", vendor code: ")
                    .append(details.vendorCode()).append(']');
        }
        if (details.connectionInvalidated()) {
            message.append("\n(the connection was invalidated and removed from the pool)");
        }
        return message.toString();
    }

    /** The SQL text that failed, or {@code null} when the failure happened while connecting. */
    public String statement() {
        return statement;
    }

    /** The bound parameters as rendered in the message (truncated), or {@code null}. */
    public String parameters() {
        return parameters;
    }

    /** The SQLState reported by the driver, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor-specific error code reported by the driver. */
    public int vendorCode() {
        return vendorCode;
    }

    /** Whether the error means the connection is dead; such connections are never reused. */
    public boolean connectionInvalidated() {
        return connectionInvalidated;
    }
}
