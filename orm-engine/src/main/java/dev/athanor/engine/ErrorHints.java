package dev.athanor.engine;

import dev.athanor.exc.DBAPIError;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** What a {@link Connection} adds to a driver error's message so the caller knows what to do next. */
final class ErrorHints {

    private ErrorHints() {
    }

    /** For a statement refused because an earlier error aborted the transaction (PostgreSQL 25P02). */
    static String abortedTransaction(DBAPIError earlierError) {
        String hint = "the transaction was aborted by an earlier error and ignores every statement until it is"
                + " rolled back: call rollback(), or run statements that may fail inside beginNested() and roll"
                + " the savepoint back";
        if (earlierError == null) {
            return hint;
        }
        String earlier = earlierError.getMessage();
        int lineEnd = earlier.indexOf('\n');
        return hint + ". The earlier error was: " + (lineEnd < 0 ? earlier : earlier.substring(0, lineEnd));
    }

    /** For a connection lost because the server did not answer in time, or {@code null} when it was lost otherwise. */
    static String unanswered(Throwable error, Duration statementTimeout) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return "the server did not answer within the driver's socket timeout"
                        + (statementTimeout == null ? "" : " (set from statementTimeout " + statementTimeout + ")")
                        + ": it may be hung or unreachable";
            }
        }
        return null;
    }
}
