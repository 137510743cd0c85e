package dev.athanor.autoconfigure.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A database the tests read after the context has gone, with plain JDBC, to see what a run left. */
record MigratedDatabase(String jdbcUrl) {

    /** A private H2 in-memory database that outlives the contexts using it. */
    static MigratedDatabase h2() {
        return new MigratedDatabase("jdbc:h2:mem:mig_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1");
    }

    /** H2's embedded databases have Spring Boot's default user sa; other URLs name their user. */
    Connection connect() throws SQLException {
        return jdbcUrl.startsWith("jdbc:h2:") ? DriverManager.getConnection(jdbcUrl, "sa", "")
                : DriverManager.getConnection(jdbcUrl);
    }

    String property() {
        return "spring.datasource.url=" + jdbcUrl;
    }

    /** The version rows, sorted; empty when the version table does not exist. */
    List<String> versions() {
        if (!hasTable("athanor_version")) {
            return List.of();
        }
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM athanor_version ORDER BY version_num")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean hasTable(String table) {
        try (Connection connection = connect()) {
            for (String name : List.of(table, table.toUpperCase())) {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void drop(String... tables) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
