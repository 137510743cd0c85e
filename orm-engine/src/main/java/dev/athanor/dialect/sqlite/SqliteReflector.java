package dev.athanor.dialect.sqlite;

import dev.athanor.dialect.DeclaredType;
import dev.athanor.dialect.JdbcSchemaReflector;
import dev.athanor.dialect.StandardTypeNames;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLite reflection from its PRAGMAs and {@code sqlite_master}; JDBC metadata is not used. SQLite
 * keeps constraint names and check conditions only in the table's {@code CREATE TABLE} text,
 * which {@link SqliteTableSql} reads. Schemas are attached databases ({@code main} by default);
 * there are no sequences, named types or comments.
 */
public class SqliteReflector extends JdbcSchemaReflector {
    /** The PRAGMA value SQLite uses for "no action", the default. */
    private static final String NO_ACTION = "NO ACTION";
    /** The column PRAGMA marks hidden (columns of virtual tables), as opposed to generated ones. */
    private static final int HIDDEN = 1;

    public SqliteReflector(IdentifierPreparer preparer) {
        super(preparer);
    }

    /** The attached databases, without {@code temp}, which every connection has. */
    @Override
    protected List<String> readSchemaNames(Connection connection) throws SQLException {
        return query(connection, "SELECT name FROM pragma_database_list WHERE name <> 'temp'",
                rs -> rs.getString(1));
    }

    @Override
    protected String readDefaultSchema(Connection connection) {
        return "main";
    }

    @Override
    protected List<String> readTableNames(Connection connection, String schema) throws SQLException {
        return query(connection, "SELECT name FROM " + master(schema)
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'", rs -> rs.getString(1));
    }

    /** SQLite resolves names without regard to ASCII case, so the lookup does too. */
    @Override
    protected boolean readHasTable(Connection connection, TableRef table) throws SQLException {
        return exists(connection, "SELECT 1 FROM " + master(table.schema())
                + " WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE", table.name());
    }

    @Override
    protected boolean readHasSequence(Connection connection, String schema, String name) {
        return false;
    }

    /**
     * An {@code INTEGER PRIMARY KEY} of a rowid table is an alias of the rowid, which SQLite fills
     * in itself; any other declared type (even {@code INT}) is not.
     */
    @Override
    protected List<ColumnInfo> readColumns(Connection connection, TableRef table) throws SQLException {
        List<Object[]> rows = query(connection, "SELECT name, type, \"notnull\", dflt_value, pk, hidden"
                + " FROM pragma_table_xinfo(?, ?) ORDER BY cid",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)}, table.name(), table.schema());
        long keyColumns = rows.stream().filter(row -> (int) row[4] > 0).count();
        boolean rowidTable = !rows.isEmpty() && !tableSql(connection, table).withoutRowid();
        List<ColumnInfo> columns = new ArrayList<>();
        for (Object[] row : rows) {
            if ((int) row[5] == HIDDEN) {
                continue;
            }
            String declared = (String) row[1];
            boolean rowidAlias = rowidTable && keyColumns == 1 && (int) row[4] == 1
                    && declared.equalsIgnoreCase("INTEGER");
            columns.add(new ColumnInfo((String) row[0], resolveType(DeclaredType.parse(declared)), declared,
                    !(boolean) row[2] && !rowidAlias, (String) row[3], rowidAlias, null));
        }
        return columns;
    }

    /**
     * Reads back the exact decimals the dialect stores as text ({@code NUMERIC_TEXT(p, s)}), then
     * the standard names, then SQLite's own affinity rules for any other declared name.
     */
    @Override
    protected SqlType<?> resolveType(DeclaredType type) {
        if (type.name().equals("NUMERIC_TEXT")) {
            return StandardTypeNames.numeric(type);
        }
        SqlType<?> standard = super.resolveType(type);
        return standard.equals(Types.NULL) ? byAffinity(type.name()) : standard;
    }

    /** SQLite's rules for the affinity of a declared type name, in its order of precedence. */
    private static SqlType<?> byAffinity(String name) {
        if (name.contains("INT")) {
            return Types.INTEGER;
        }
        if (name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT")) {
            return Types.TEXT;
        }
        if (name.isEmpty() || name.contains("BLOB")) {
            return Types.NULL;
        }
        if (name.contains("REAL") || name.contains("FLOA") || name.contains("DOUB")) {
            return Types.DOUBLE;
        }
        return Types.NUMERIC;
    }

    @Override
    protected PrimaryKeyInfo readPrimaryKey(Connection connection, TableRef table) throws SQLException {
        List<String> columns = keyColumns(connection, table.schema(), table.name());
        return new PrimaryKeyInfo(columns.isEmpty() ? null : tableSql(connection, table).primaryKeyName(), columns);
    }

    /**
     * Names come from the table's SQL, matched on the referring columns since the PRAGMA numbers
     * keys in no declared order; a reference without columns means the referred primary key.
     */
    @Override
    protected List<ForeignKeyInfo> readForeignKeys(Connection connection, TableRef table) throws SQLException {
        List<Object[]> rows = query(connection, "SELECT id, \"table\", \"from\", \"to\", on_delete, on_update"
                + " FROM pragma_foreign_key_list(?, ?) ORDER BY id, seq",
                rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)}, table.name(), table.schema());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Object[]>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent((Integer) row[0], id -> new ArrayList<>()).add(row));
        List<SqliteTableSql.Named> declared = tableSql(connection, table).foreignKeys();
        List<ForeignKeyInfo> keys = new ArrayList<>();
        for (List<Object[]> key : byKey.values()) {
            Object[] first = key.get(0);
            List<String> columns = key.stream().map(row -> (String) row[2]).toList();
            List<String> referred = first[3] == null
                    ? keyColumns(connection, table.schema(), (String) first[1])
                    : key.stream().map(row -> (String) row[3]).toList();
            keys.add(new ForeignKeyInfo(nameFor(declared, columns), columns, null, (String) first[1], referred,
                    action((String) first[4]), action((String) first[5])));
        }
        return keys;
    }

    /** Indexes made by {@code CREATE INDEX}; those SQLite made for constraints have another origin. */
    @Override
    protected List<IndexInfo> readIndexes(Connection connection, TableRef table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (Object[] row : query(connection, "SELECT il.name, il.\"unique\", ii.name"
                + " FROM pragma_index_list(?, ?) il JOIN pragma_index_info(il.name, ?) ii"
                + " WHERE il.origin = 'c' ORDER BY il.name, ii.seqno",
                rs -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getString(3)},
                table.name(), table.schema(), table.schema())) {
            columns.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add((String) row[2]);
            unique.put((String) row[0], (Boolean) row[1]);
        }
        // An expression column has no name; SQLite cannot say which expression, so the index is left out.
        return columns.entrySet().stream().filter(e -> !e.getValue().contains(null))
                .map(e -> new IndexInfo(e.getKey(), e.getValue(), unique.get(e.getKey()))).toList();
    }

    @Override
    protected List<UniqueConstraintInfo> readUniqueConstraints(Connection connection, TableRef table)
            throws SQLException {
        return tableSql(connection, table).uniques().stream()
                .map(u -> new UniqueConstraintInfo(u.name(), u.columns())).toList();
    }

    @Override
    protected List<CheckConstraintInfo> readCheckConstraints(Connection connection, TableRef table)
            throws SQLException {
        return tableSql(connection, table).checks().stream()
                .map(c -> new CheckConstraintInfo(c.name(), checkText(c.condition()))).toList();
    }

    @Override
    protected String readTableComment(Connection connection, TableRef table) {
        return null;
    }

    private SqliteTableSql tableSql(Connection connection, TableRef table) throws SQLException {
        List<String> sql = query(connection, "SELECT sql FROM " + master(table.schema())
                + " WHERE type = 'table' AND name = ? COLLATE NOCASE", rs -> rs.getString(1), table.name());
        return SqliteTableSql.parse(sql.isEmpty() || sql.get(0) == null ? "" : sql.get(0));
    }

    private static List<String> keyColumns(Connection connection, String schema, String table) throws SQLException {
        return query(connection, "SELECT name FROM pragma_table_info(?, ?) WHERE pk > 0 ORDER BY pk",
                rs -> rs.getString(1), table, schema);
    }

    private String master(String schema) {
        return preparer().quote(schema) + ".sqlite_master";
    }

    private static String nameFor(List<SqliteTableSql.Named> declared, List<String> columns) {
        Set<String> wanted = lowerCase(columns);
        return declared.stream().filter(d -> lowerCase(d.columns()).equals(wanted))
                .findFirst().map(SqliteTableSql.Named::name).orElse(null);
    }

    private static Set<String> lowerCase(List<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    private static String action(String rule) {
        return rule == null || rule.equalsIgnoreCase(NO_ACTION) ? null : rule.toUpperCase(Locale.ROOT);
    }
}
