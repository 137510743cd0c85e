package dev.athanor.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server a MySQL-family connection reaches, since MySQL and MariaDB lay out the same
 * {@code information_schema} differently: MariaDB names check constraints per table, stores JSON
 * as {@code LONGTEXT} with a {@code json_valid} check, and reports defaults as SQL text, while
 * MySQL reports literal defaults unquoted. The server decides, not the driver or the URL scheme:
 * MySQL's driver can reach a MariaDB server.
 */
enum MySqlServer {
    MYSQL {
        @Override
        String columnsQuery() {
            return COLUMNS.formatted("FALSE", "");
        }

        @Override
        String checksQuery() {
            return """
                    SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
                    FROM information_schema.TABLE_CONSTRAINTS tc
                    JOIN information_schema.CHECK_CONSTRAINTS cc
                      ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                    WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ?""";
        }

        /** MySQL quotes nothing: a literal is its bare value, an expression is flagged in EXTRA. */
        @Override
        String serverDefault(String columnDefault, String extra, String dataType) {
            if (columnDefault == null) {
                return null;
            }
            if (extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")) {
                return columnDefault.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP")
                        ? columnDefault : "(" + columnDefault + ")";
            }
            return NUMERIC_DATA_TYPES.contains(dataType.toLowerCase(Locale.ROOT))
                    ? columnDefault : "'" + columnDefault.replace("'", "''") + "'";
        }
    },

    MARIADB {
        @Override
        String columnsQuery() {
            return COLUMNS.formatted("cc.CONSTRAINT_NAME IS NOT NULL", """
                    LEFT JOIN information_schema.CHECK_CONSTRAINTS cc
                      ON cc.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA AND cc.TABLE_NAME = c.TABLE_NAME
                     AND cc.CONSTRAINT_NAME = c.COLUMN_NAME AND cc.LEVEL = 'Column'
                     AND cc.CHECK_CLAUSE = CONCAT('json_valid(`', c.COLUMN_NAME, '`)')""");
        }

        /** Leaves out the checks MariaDB adds for JSON columns: they are the column's type, not a constraint. */
        @Override
        String checksQuery() {
            return """
                    SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
                    WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?
                      AND NOT (LEVEL = 'Column' AND CHECK_CLAUSE = CONCAT('json_valid(`', CONSTRAINT_NAME, '`)'))""";
        }

        /**
         * MariaDB reports SQL text already, but spells "no default" as {@code NULL} and
         * {@code CURRENT_TIMESTAMP} as {@code current_timestamp()}; both are rewritten to what other
         * databases report.
         */
        @Override
        String serverDefault(String columnDefault, String extra, String dataType) {
            if (columnDefault == null || columnDefault.equalsIgnoreCase("NULL")) {
                return null;
            }
            Matcher now = CURRENT_TIMESTAMP_CALL.matcher(columnDefault);
            if (now.matches()) {
                return now.group(1).isEmpty() ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + now.group(1) + ")";
            }
            return columnDefault;
        }
    };

    /**
     * The columns of one table: name, full type, nullability, default, extra, comment, data type,
     * and whether a MariaDB JSON check marks the column as JSON. {@code %1$s} is that flag,
     * {@code %2$s} the join that computes it.
     */
    private static final String COLUMNS = """
            SELECT c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE = 'YES', c.COLUMN_DEFAULT, c.EXTRA,
                   c.COLUMN_COMMENT, c.DATA_TYPE, %1$s
            FROM information_schema.COLUMNS c
            %2$s
            WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ?
            ORDER BY c.ORDINAL_POSITION""";

    private static final Set<String> NUMERIC_DATA_TYPES = Set.of("tinyint", "smallint", "mediumint", "int",
            "integer", "bigint", "decimal", "numeric", "float", "double", "bit", "year");

    private static final Pattern CURRENT_TIMESTAMP_CALL = Pattern.compile("(?i)current_timestamp\\((\\d*)\\)");

    /** The server behind a connection, from the version string MariaDB marks as its own. */
    static MySqlServer of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")
                ? MARIADB : MYSQL;
    }

    /** The query for a table's columns, parameters schema and table. */
    abstract String columnsQuery();

    /** The query for a table's check constraints (name, clause), parameters schema and table. */
    abstract String checksQuery();

    /** The default as SQL text, from {@code COLUMN_DEFAULT}, {@code EXTRA} and {@code DATA_TYPE}. */
    abstract String serverDefault(String columnDefault, String extra, String dataType);
}
