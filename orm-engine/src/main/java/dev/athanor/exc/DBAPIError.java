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
    private final boolean retryable;

    public DBAPIError(Details details, Throwable cause) {
        super(render(details, cause), cause);
        this.statement = details.statement();
        this.parameters = details.parameters();
        this.sqlState = details.sqlState();
        this.vendorCode = details.vendorCode();
        this.connectionInvalidated = details.connectionInvalidated();
        this.retryable = details.retryable();
    }

    /**
     * What is known about the failing call.
     *
     * @param statement the SQL sent, or {@code null} when the error came from connecting
     * @param parameters a rendering of the bound parameters, already truncated, or {@code null}
     * @param sqlState the driver's SQLState, or {@code null}
     * @param vendorCode the driver's vendor error code
     * @param connectionInvalidated whether the connection was found dead and discarded
     * @param retryable whether the database rolled the transaction back for a conflict with another
     *     one (deadlock, serialization failure), so running the whole transaction again may succeed
     * @param hint what the caller should do, added to the message, or {@code null}
     */
    public record Details(String statement, String parameters, String sqlState, int vendorCode,
                          boolean connectionInvalidated, boolean retryable, String hint) {

        /** Details not yet classified as retryable, without a hint. */
        public Details(String statement, String parameters, String sqlState, int vendorCode,
                       boolean connectionInvalidated) {
            this(statement, parameters, sqlState, vendorCode, connectionInvalidated, false, null);
        }

        /** These details, marked retryable or not. */
        public Details withRetryable(boolean isRetryable) {
            return new Details(statement, parameters, sqlState, vendorCode, connectionInvalidated, isRetryable, hint);
        }

        /** These details with a hint for the message. */
        public Details withHint(String newHint) {
            return new Details(statement, parameters, sqlState, vendorCode, connectionInvalidated, retryable, newHint);
        }
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
        if (details.retryable()) {
            message.append("\n(the database rolled the transaction back: roll back and run the whole transaction again)");
        }
        if (details.hint() != null) {
            message.append("\n(").append(details.hint()).append(')');
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

    /**
     * Whether the database rolled the transaction back because it conflicted with another one (a
     * deadlock, a serialization failure under {@code SERIALIZABLE}): after {@code rollback()},
     * running the whole transaction again may succeed. Constraint violations and bad SQL are never
     * retryable.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /** Whether the error means the connection is dead; such connections are never reused. */
    public boolean connectionInvalidated() {
        return connectionInvalidated;
    }
}
