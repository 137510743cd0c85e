package dev.athanor.autoconfigure;

import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.OperationalError;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/** Reports a database Athanor could not reach at startup, with the URL it used, password masked. */
class AthanorConnectionFailureAnalyzer implements FailureAnalyzer {
    private final Environment environment;

    AthanorConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !isConnectionFailure(cause)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return cause == null ? null : analyzeConnectionFailure(cause);
    }

    private FailureAnalysis analyzeConnectionFailure(Throwable cause) {
        String url = environment.getProperty("athanor.url");
        String property = "athanor.url";
        if (url == null) {
            url = environment.getProperty("spring.datasource.url");
            property = "spring.datasource.url";
        }
        String where = url == null ? "the configured DataSource" : "'" + DatabaseUrls.masked(url) + "' (" + property + ")";
        return new FailureAnalysis(
                "Athanor could not connect to the database at " + where + ": "
                        + DatabaseUrls.masked(rootMessage(cause)),
                "Check that the database server is running and reachable from this host, and that " + property
                        + ", the user name and the password are right.",
                cause);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof DataSourceConnectionException) {
            return true;
        }
        if (cause instanceof DBAPIError error) {
            String state = error.sqlState();
            return error.connectionInvalidated() || (state != null && state.startsWith("08"))
                    || (cause instanceof OperationalError && error.statement() == null);
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? failure.getMessage() : root.getMessage();
    }
}
