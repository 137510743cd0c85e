package dev.athanor.dialect.reflect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Connects to a test database server, skipping the tests with the reason when it is down, or
 * failing them when {@code ATHANOR_REQUIRE_SERVERS=true} (as CI sets).
 */
final class LiveDatabase {
    private LiveDatabase() {
    }

    static Connection connect(String database, String url, String user) {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            String reason = database + " is not reachable at " + url + " as " + user + ": " + e.getMessage();
            if ("true".equals(System.getenv("ATHANOR_REQUIRE_SERVERS"))) {
                throw new AssertionError(reason + " (required: ATHANOR_REQUIRE_SERVERS=true)", e);
            }
            Assumptions.abort(reason);
            throw new IllegalStateException("unreachable", e);
        }
    }

    /** A name no other test run uses: {@code prefix_} and eight hex digits. */
    static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
