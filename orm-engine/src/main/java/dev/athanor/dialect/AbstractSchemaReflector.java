package dev.athanor.dialect;

import dev.athanor.exc.NoSuchTableError;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import dev.athanor.sql.compiler.IdentifierPreparer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The name handling every reflector shares, around {@code read…} hooks that query the catalog.
 *
 * <p>Each public method resolves a {@code null} schema to the default one, turns Athanor names
 * into the names the database stores ({@link IdentifierPreparer#denormalizeName}), calls its hook,
 * raises {@link NoSuchTableError} when the hook found nothing for a table that does not exist (so
 * an existing table costs no extra query), and normalises every name in the result. Hooks see and
 * return names exactly as the database stores them.
 */
public abstract class AbstractSchemaReflector implements SchemaReflector {
    private final IdentifierPreparer preparer;

    protected AbstractSchemaReflector(IdentifierPreparer preparer) {
        this.preparer = preparer;
    }

    /** The quoting rules, for hooks that write names into SQL. */
    protected final IdentifierPreparer preparer() {
        return preparer;
    }

    @Override
    public final List<String> schemaNames(Connection connection) throws SQLException {
        return readSchemaNames(connection).stream().map(this::normalize).sorted().toList();
    }

    @Override
    public final String defaultSchemaName(Connection connection) throws SQLException {
        return normalize(readDefaultSchema(connection));
    }

    @Override
    public final List<String> tableNames(Connection connection, String schema) throws SQLException {
        return readTableNames(connection, storedSchema(connection, schema)).stream()
                .map(this::normalize).sorted().toList();
    }

    @Override
    public final boolean hasTable(Connection connection, String schema, String table) throws SQLException {
        return readHasTable(connection, tableRef(connection, schema, table));
    }

    @Override
    public final boolean hasSequence(Connection connection, String schema, String name) throws SQLException {
        return readHasSequence(connection, storedSchema(connection, schema), preparer.denormalizeName(name));
    }

    @Override
    public final boolean hasType(Connection connection, String schema, String name) throws SQLException {
        return readHasType(connection, storedSchema(connection, schema), preparer.denormalizeName(name));
    }

    @Override
    public final List<ColumnInfo> columns(Connection connection, String schema, String table) throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        List<ColumnInfo> columns = requireRows(connection, ref, readColumns(connection, ref));
        return columns.stream().map(c -> new ColumnInfo(normalize(c.name()), c.type(), c.typeName(),
                c.nullable(), c.serverDefault(), c.autoincrement(), c.comment())).toList();
    }

    @Override
    public final PrimaryKeyInfo primaryKey(Connection connection, String schema, String table) throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        PrimaryKeyInfo key = readPrimaryKey(connection, ref);
        requireRows(connection, ref, key.columns());
        return new PrimaryKeyInfo(normalize(key.name()), normalize(key.columns()));
    }

    @Override
    public final List<ForeignKeyInfo> foreignKeys(Connection connection, String schema, String table)
            throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        return sortedByName(requireRows(connection, ref, readForeignKeys(connection, ref)).stream()
                .map(k -> new ForeignKeyInfo(normalize(k.name()), normalize(k.columns()),
                        k.referredSchema() == null || k.referredSchema().equals(ref.schema())
                                ? null : normalize(k.referredSchema()),
                        normalize(k.referredTable()), normalize(k.referredColumns()), k.onDelete(), k.onUpdate())),
                ForeignKeyInfo::name);
    }

    @Override
    public final List<IndexInfo> indexes(Connection connection, String schema, String table) throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        return sortedByName(requireRows(connection, ref, readIndexes(connection, ref)).stream()
                .map(i -> new IndexInfo(normalize(i.name()), normalize(i.columns()), i.unique())), IndexInfo::name);
    }

    @Override
    public final List<UniqueConstraintInfo> uniqueConstraints(Connection connection, String schema, String table)
            throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        return sortedByName(requireRows(connection, ref, readUniqueConstraints(connection, ref)).stream()
                .map(u -> new UniqueConstraintInfo(normalize(u.name()), normalize(u.columns()))),
                UniqueConstraintInfo::name);
    }

    @Override
    public final List<CheckConstraintInfo> checkConstraints(Connection connection, String schema, String table)
            throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        return sortedByName(requireRows(connection, ref, readCheckConstraints(connection, ref)).stream()
                .map(c -> new CheckConstraintInfo(normalize(c.name()), c.sqlText())), CheckConstraintInfo::name);
    }

    @Override
    public final String tableComment(Connection connection, String schema, String table) throws SQLException {
        TableRef ref = tableRef(connection, schema, table);
        String comment = readTableComment(connection, ref);
        if (comment == null) {
            requireRows(connection, ref, List.of());
        }
        return comment;
    }

    // ---- hooks -------------------------------------------------------------------------------

    protected abstract List<String> readSchemaNames(Connection connection) throws SQLException;

    protected abstract String readDefaultSchema(Connection connection) throws SQLException;

    protected abstract List<String> readTableNames(Connection connection, String schema) throws SQLException;

    /** Whether the table or a view of that name exists. */
    protected abstract boolean readHasTable(Connection connection, TableRef table) throws SQLException;

    protected abstract boolean readHasSequence(Connection connection, String schema, String name)
            throws SQLException;

    protected abstract boolean readHasType(Connection connection, String schema, String name) throws SQLException;

    protected abstract List<ColumnInfo> readColumns(Connection connection, TableRef table) throws SQLException;

    protected abstract PrimaryKeyInfo readPrimaryKey(Connection connection, TableRef table) throws SQLException;

    /** The foreign keys, with the referred schema as stored (the template hides it when it is the table's). */
    protected abstract List<ForeignKeyInfo> readForeignKeys(Connection connection, TableRef table)
            throws SQLException;

    protected abstract List<IndexInfo> readIndexes(Connection connection, TableRef table) throws SQLException;

    protected abstract List<UniqueConstraintInfo> readUniqueConstraints(Connection connection, TableRef table)
            throws SQLException;

    protected abstract List<CheckConstraintInfo> readCheckConstraints(Connection connection, TableRef table)
            throws SQLException;

    /** The comment, or {@code null} when there is none (or no such table). */
    protected abstract String readTableComment(Connection connection, TableRef table) throws SQLException;

    // ---- for hooks ---------------------------------------------------------------------------

    /** A table as the database stores its name; {@code schema} is never {@code null}. */
    protected record TableRef(String schema, String name) {
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    protected interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs a query with positional parameters and reads every row. */
    protected static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return collect(statement.executeQuery(), reader);
        }
    }

    /** Whether a query with positional parameters returns any row. */
    protected static boolean exists(Connection connection, String sql, Object... params) throws SQLException {
        return !query(connection, sql, rs -> Boolean.TRUE, params).isEmpty();
    }

    /** Reads every row of a result set and closes it. */
    protected static <T> List<T> collect(ResultSet rows, RowReader<T> reader) throws SQLException {
        try (rows) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        }
    }

    /** A check condition without the parentheses that enclose all of it. */
    protected static String checkText(String condition) {
        String text = condition.strip();
        while (text.startsWith("(") && closingParen(text, 0) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    protected static int closingParen(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code null} for {@code null} or empty text: drivers report a missing comment either way. */
    protected static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    // ---- internals ---------------------------------------------------------------------------

    private String storedSchema(Connection connection, String schema) throws SQLException {
        return schema == null ? readDefaultSchema(connection) : preparer.denormalizeName(schema);
    }

    private TableRef tableRef(Connection connection, String schema, String table) throws SQLException {
        return new TableRef(storedSchema(connection, schema), preparer.denormalizeName(table));
    }

    /** The rows, after checking that the table exists when there are none. */
    private <T> List<T> requireRows(Connection connection, TableRef table, List<T> rows) throws SQLException {
        if (rows.isEmpty() && !readHasTable(connection, table)) {
            String schema = normalize(table.schema());
            throw new NoSuchTableError("No table '" + normalize(table.name()) + "' in schema '" + schema
                    + "'; Inspector.tableNames(\"" + schema + "\") lists the tables there");
        }
        return rows;
    }

    private String normalize(String name) {
        return preparer.normalizeName(name);
    }

    private List<String> normalize(List<String> names) {
        return names.stream().map(this::normalize).toList();
    }

    private static <T> List<T> sortedByName(Stream<T> items, Function<T, String> name) {
        return items.sorted(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
