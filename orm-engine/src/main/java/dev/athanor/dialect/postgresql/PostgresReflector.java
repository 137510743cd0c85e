package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.DeclaredType;
import dev.athanor.dialect.JdbcSchemaReflector;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL reflection: columns and check constraints come from {@code pg_catalog}, which knows
 * declared sizes ({@code format_type}), identity and serial columns, and enum labels that JDBC
 * metadata loses; information_schema would also list every {@code NOT NULL} as a check.
 */
public class PostgresReflector extends JdbcSchemaReflector {
    /** One query per table: declared type, default, identity, owned sequence, comment, enum width. */
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity <> '',
                   pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL,
                   col_description(c.oid, a.attnum),
                   (SELECT max(length(e.enumlabel)) FROM pg_enum e WHERE e.enumtypid = a.atttypid),
                   EXISTS (SELECT 1 FROM pg_type t WHERE t.oid = a.atttypid AND t.typtype = 'e')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    private static final String CHECKS = """
            SELECT con.conname, pg_get_constraintdef(con.oid, true)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND con.contype = 'c'""";

    /** Enums, domains, ranges and free-standing composite types; not the row type of every table. */
    private static final String TYPE_EXISTS = """
            SELECT 1 FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_class c ON c.oid = t.typrelid
            WHERE n.nspname = ? AND t.typname = ?
              AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c'))""";

    /** A literal default with the cast PostgreSQL adds: {@code 'abc'::character varying}. */
    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*'|NULL)::[\\w .\"\\[\\]()]+$");
    private static final Pattern CHECK_DEFINITION = Pattern.compile("^CHECK \\((.*)\\)( NO INHERIT)?( NOT VALID)?$",
            Pattern.DOTALL);

    public PostgresReflector(IdentifierPreparer preparer) {
        super(preparer);
    }

    /** {@code pg_catalog} and {@code pg_toast} are PostgreSQL's own. */
    @Override
    protected List<String> readSchemaNames(Connection connection) throws SQLException {
        return super.readSchemaNames(connection).stream().filter(s -> !s.startsWith("pg_")).toList();
    }

    @Override
    protected List<String> tableTypes() {
        return List.of("TABLE", "PARTITIONED TABLE");
    }

    @Override
    protected boolean readHasType(Connection connection, String schema, String name) throws SQLException {
        return exists(connection, TYPE_EXISTS, schema, name);
    }

    @Override
    protected List<ColumnInfo> readColumns(Connection connection, TableRef table) throws SQLException {
        return query(connection, COLUMNS, this::column, table.schema(), table.name());
    }

    private ColumnInfo column(ResultSet rs) throws SQLException {
        String typeText = rs.getString(2);
        String columnDefault = rs.getString(4);
        boolean serial = rs.getBoolean(6) && columnDefault != null && columnDefault.startsWith("nextval(");
        boolean autoincrement = rs.getBoolean(5) || serial;
        SqlType<?> type = rs.getBoolean(9) ? enumAsString(rs.getObject(8, Integer.class))
                : resolveType(DeclaredType.parse(typeText));
        return new ColumnInfo(rs.getString(1), type, typeText, rs.getBoolean(3),
                serial ? null : literalWithoutCast(columnDefault), autoincrement, rs.getString(7));
    }

    /** There is no Java enum to map a reflected enum to, so it reads as text as wide as its longest label. */
    private static SqlType<?> enumAsString(Integer longestLabel) {
        return longestLabel == null ? Types.STRING : Types.string(longestLabel);
    }

    /**
     * The default without the cast PostgreSQL adds to literals, so {@code DEFAULT 'abc'} reads back
     * as {@code 'abc'} rather than {@code 'abc'::character varying}; an explicit {@code DEFAULT NULL}
     * is no default.
     */
    private static String literalWithoutCast(String columnDefault) {
        if (columnDefault == null) {
            return null;
        }
        Matcher cast = CAST_LITERAL.matcher(columnDefault);
        String text = cast.matches() ? cast.group(1) : columnDefault;
        return "NULL".equalsIgnoreCase(text) ? null : text;
    }

    @Override
    protected List<CheckConstraintInfo> readCheckConstraints(Connection connection, TableRef table)
            throws SQLException {
        return query(connection, CHECKS, rs -> new CheckConstraintInfo(rs.getString(1), condition(rs.getString(2))),
                table.schema(), table.name());
    }

    private static String condition(String definition) {
        Matcher check = CHECK_DEFINITION.matcher(definition);
        return checkText(check.matches() ? check.group(1) : definition);
    }
}
