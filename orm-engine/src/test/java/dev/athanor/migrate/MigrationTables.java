package dev.athanor.migrate;

import static dev.athanor.sql.Sql.text;

import dev.athanor.engine.Connection;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Locale;

/** Reads what the test migrations left in a database: their tables through the Inspector, and row counts. */
public final class MigrationTables {
    public static final String VERSION_TABLE = "mig_version";
    private static final String[] ALL = {"mig_log", "mig_c", "mig_b", "mig_child", "mig_parent", "mig_second",
            "mig_first", VERSION_TABLE};

    private MigrationTables() {
    }

    public static void dropAll(TestDb db) {
        db.dropTables(ALL);
    }

    /** The tables whose names start with {@code mig_}, lower-case and sorted, version table left out. */
    public static List<String> migrationTables(TestDb db) {
        try (Connection connection = db.engine().connect()) {
            return connection.inspector().tableNames().stream().map(t -> t.toLowerCase(Locale.ROOT))
                    .filter(t -> t.startsWith("mig_") && !t.equals(VERSION_TABLE)).sorted().toList();
        }
    }

    /** The version table's rows, sorted. */
    public static List<String> versionRows(TestDb db) {
        try (Connection connection = db.engine().connect()) {
            return connection.execute(text("SELECT version_num FROM " + VERSION_TABLE + " ORDER BY version_num"))
                    .<String>scalars().all();
        }
    }

    public static long count(TestDb db, String table) {
        try (Connection connection = db.engine().connect()) {
            return ((Number) connection.execute(text("SELECT COUNT(*) FROM " + table)).scalar()).longValue();
        }
    }
}
