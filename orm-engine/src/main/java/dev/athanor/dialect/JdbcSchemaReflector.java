package dev.athanor.dialect;

import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.types.SqlType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reflection through JDBC's {@link DatabaseMetaData} and the SQL-standard
 * {@code information_schema}, which together answer most questions on most databases. Dialect
 * subclasses override the hooks whose answer their database gets wrong or lacks.
 */
public class JdbcSchemaReflector extends AbstractSchemaReflector {
    private static final Set<Integer> SIZED_STRING_TYPES = Set.of(java.sql.Types.CHAR, java.sql.Types.VARCHAR,
            java.sql.Types.NCHAR, java.sql.Types.NVARCHAR);
    private static final Set<Integer> SIZED_NUMERIC_TYPES = Set.of(java.sql.Types.NUMERIC, java.sql.Types.DECIMAL);

    public JdbcSchemaReflector(IdentifierPreparer preparer) {
        super(preparer);
    }

    /**
     * Whether JDBC metadata calls this database's schemas catalogs (MySQL and MariaDB, whose
     * databases are JDBC catalogs).
     */
    protected boolean schemasAreCatalogs() {
        return false;
    }

    /** The JDBC table types that count as tables. */
    protected List<String> tableTypes() {
        return List.of("TABLE", "BASE TABLE");
    }

    /** The JDBC table types that count as views, which {@code hasTable} also finds. */
    protected List<String> viewTypes() {
        return List.of("VIEW", "MATERIALIZED VIEW");
    }

    /**
     * Whether a reported column size means "no declared size": the driver's maximum rather than a
     * length or precision the column was created with.
     */
    protected boolean isUnboundedSize(int jdbcType, int size) {
        return size <= 0 || size == Integer.MAX_VALUE;
    }

    /** The Athanor type for a declared type; dialects map their own names before the standard ones. */
    protected SqlType<?> resolveType(DeclaredType type) {
        return StandardTypeNames.resolve(type);
    }

    /** The action a JDBC rule constant stands for; {@code null} for no action, the default. */
    protected String referentialAction(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> null;
        };
    }

    @Override
    protected List<String> readSchemaNames(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return schemasAreCatalogs()
                ? collect(metaData.getCatalogs(), rs -> rs.getString("TABLE_CAT"))
                : collect(metaData.getSchemas(), rs -> rs.getString("TABLE_SCHEM"));
    }

    @Override
    protected String readDefaultSchema(Connection connection) throws SQLException {
        return schemasAreCatalogs() ? connection.getCatalog() : connection.getSchema();
    }

    @Override
    protected List<String> readTableNames(Connection connection, String schema) throws SQLException {
        return collect(tables(connection, schema, "%", tableTypes()), rs -> rs.getString("TABLE_NAME"));
    }

    @Override
    protected boolean readHasTable(Connection connection, TableRef table) throws SQLException {
        List<String> types = new ArrayList<>(tableTypes());
        types.addAll(viewTypes());
        return collect(tables(connection, table.schema(), escape(connection, table.name()), types),
                rs -> rs.getString("TABLE_NAME")).contains(table.name());
    }

    @Override
    protected boolean readHasSequence(Connection connection, String schema, String name) throws SQLException {
        return exists(connection, "SELECT 1 FROM information_schema.sequences"
                + " WHERE sequence_schema = ? AND sequence_name = ?", schema, name);
    }

    /** Named types are a PostgreSQL notion; elsewhere there are none. */
    @Override
    protected boolean readHasType(Connection connection, String schema, String name) throws SQLException {
        return false;
    }

    @Override
    protected List<ColumnInfo> readColumns(Connection connection, TableRef table) throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(catalog(table.schema()),
                schemaPattern(connection, table.schema()), escape(connection, table.name()), "%")) {
            while (rs.next()) {
                if (table.name().equals(rs.getString("TABLE_NAME"))) {
                    DeclaredType type = DeclaredType.of(rs.getString("TYPE_NAME"), sizeArgs(rs));
                    columns.add(new ColumnInfo(rs.getString("COLUMN_NAME"), resolveType(type), type.text(),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF"),
                            "YES".equals(rs.getString("IS_AUTOINCREMENT")), emptyToNull(rs.getString("REMARKS"))));
                }
            }
        }
        return columns;
    }

    @Override
    protected PrimaryKeyInfo readPrimaryKey(Connection connection, TableRef table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(catalog(table.schema()),
                schemaArg(table.schema()), table.name())) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                name = rs.getString("PK_NAME");
            }
        }
        return new PrimaryKeyInfo(name, List.copyOf(columns.values()));
    }

    /**
     * Rows come ordered by referred table and position, so the keys are gathered by name; every
     * driver this runs on names them.
     */
    @Override
    protected List<ForeignKeyInfo> readForeignKeys(Connection connection, TableRef table) throws SQLException {
        Map<String, ForeignKeyRows> keys = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(catalog(table.schema()),
                schemaArg(table.schema()), table.name())) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String referredTable = rs.getString("PKTABLE_NAME");
                ForeignKeyRows key = keys.get(name == null ? referredTable : name);
                if (key == null) {
                    key = new ForeignKeyRows(name,
                            rs.getString(schemasAreCatalogs() ? "PKTABLE_CAT" : "PKTABLE_SCHEM"), referredTable,
                            referentialAction(rs.getInt("DELETE_RULE")), referentialAction(rs.getInt("UPDATE_RULE")));
                    keys.put(name == null ? referredTable : name, key);
                }
                key.columns.add(rs.getString("FKCOLUMN_NAME"));
                key.referredColumns.add(rs.getString("PKCOLUMN_NAME"));
            }
        }
        return keys.values().stream().map(ForeignKeyRows::info).toList();
    }

    @Override
    protected List<IndexInfo> readIndexes(Connection connection, TableRef table) throws SQLException {
        Set<String> constraintIndexes = readConstraintIndexNames(connection, table);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Set<String> unique = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(catalog(table.schema()),
                schemaArg(table.schema()), table.name(), false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || constraintIndexes.contains(name)) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                if (!rs.getBoolean("NON_UNIQUE")) {
                    unique.add(name);
                }
            }
        }
        return columns.entrySet().stream()
                .map(e -> new IndexInfo(e.getKey(), e.getValue(), unique.contains(e.getKey()))).toList();
    }

    /**
     * The names of the indexes that exist only to enforce the primary key or a unique constraint,
     * which {@code indexes} leaves out: by default those named like such a constraint.
     */
    protected Set<String> readConstraintIndexNames(Connection connection, TableRef table) throws SQLException {
        return Set.copyOf(query(connection, "SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = ? AND table_name = ? AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')",
                rs -> rs.getString(1), table.schema(), table.name()));
    }

    @Override
    protected List<UniqueConstraintInfo> readUniqueConstraints(Connection connection, TableRef table)
            throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String[] row : query(connection, "SELECT tc.constraint_name, kcu.column_name"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu"
                + " ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name"
                + " AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ? AND tc.table_name = ?"
                + " ORDER BY tc.constraint_name, kcu.ordinal_position",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, table.schema(), table.name())) {
            columns.computeIfAbsent(row[0], n -> new ArrayList<>()).add(row[1]);
        }
        return columns.entrySet().stream().map(e -> new UniqueConstraintInfo(e.getKey(), e.getValue())).toList();
    }

    @Override
    protected List<CheckConstraintInfo> readCheckConstraints(Connection connection, TableRef table)
            throws SQLException {
        return query(connection, "SELECT tc.constraint_name, cc.check_clause"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.check_constraints cc"
                + " ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name"
                + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ? AND tc.table_name = ?",
                rs -> new CheckConstraintInfo(rs.getString(1), checkText(rs.getString(2))),
                table.schema(), table.name());
    }

    @Override
    protected String readTableComment(Connection connection, TableRef table) throws SQLException {
        try (ResultSet rs = tables(connection, table.schema(), escape(connection, table.name()), null)) {
            while (rs.next()) {
                if (table.name().equals(rs.getString("TABLE_NAME"))) {
                    return emptyToNull(rs.getString("REMARKS"));
                }
            }
        }
        return null;
    }

    private String catalog(String schema) {
        return schemasAreCatalogs() ? schema : null;
    }

    private String schemaArg(String schema) {
        return schemasAreCatalogs() ? null : schema;
    }

    private String schemaPattern(Connection connection, String schema) throws SQLException {
        return schemasAreCatalogs() ? null : escape(connection, schema);
    }

    private ResultSet tables(Connection connection, String schema, String namePattern, List<String> types)
            throws SQLException {
        return connection.getMetaData().getTables(catalog(schema), schemaPattern(connection, schema), namePattern,
                types == null ? null : types.toArray(String[]::new));
    }

    /** A name as a metadata search pattern that matches only itself. */
    private static String escape(Connection connection, String name) throws SQLException {
        String escape = connection.getMetaData().getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private List<Integer> sizeArgs(ResultSet rs) throws SQLException {
        int jdbcType = rs.getInt("DATA_TYPE");
        int size = rs.getInt("COLUMN_SIZE");
        if (isUnboundedSize(jdbcType, size)) {
            return List.of();
        }
        if (SIZED_STRING_TYPES.contains(jdbcType)) {
            return List.of(size);
        }
        if (SIZED_NUMERIC_TYPES.contains(jdbcType)) {
            return List.of(size, rs.getInt("DECIMAL_DIGITS"));
        }
        return List.of();
    }

    /** The rows of one foreign key, gathered in key order. */
    private static final class ForeignKeyRows {
        private final String name;
        private final String referredSchema;
        private final String referredTable;
        private final String onDelete;
        private final String onUpdate;
        private final List<String> columns = new ArrayList<>();
        private final List<String> referredColumns = new ArrayList<>();

        ForeignKeyRows(String name, String referredSchema, String referredTable, String onDelete, String onUpdate) {
            this.name = name;
            this.referredSchema = referredSchema;
            this.referredTable = referredTable;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
        }

        ForeignKeyInfo info() {
            return new ForeignKeyInfo(name, columns, referredSchema, referredTable, referredColumns, onDelete,
                    onUpdate);
        }
    }
}
