package dev.athanor.engine;

import dev.athanor.dialect.SchemaReflector;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@link Inspector} of an engine or a connection: each question runs the dialect's
 * {@link SchemaReflector} on a connection — a pooled one borrowed for the call, or the given one
 * (so an inspector on a connection sees that connection's uncommitted DDL).
 */
final class DatabaseInspector implements Inspector {
    private final Supplier<Connection> borrow;
    private final boolean closeAfterUse;

    private DatabaseInspector(Supplier<Connection> borrow, boolean closeAfterUse) {
        this.borrow = borrow;
        this.closeAfterUse = closeAfterUse;
    }

    static Inspector of(Engine engine) {
        return new DatabaseInspector(engine::connect, true);
    }

    static Inspector of(Connection connection) {
        return new DatabaseInspector(() -> connection, false);
    }

    /** A reflector call that may fail in the driver. */
    @FunctionalInterface
    private interface Reflection<T> {
        T run(SchemaReflector reflector, java.sql.Connection jdbc) throws SQLException;
    }

    private <T> T call(String what, Reflection<T> reflection) {
        Connection connection = borrow.get();
        try {
            return reflection.run(connection.dialect().reflector(), connection.jdbcConnection());
        } catch (SQLException e) {
            throw connection.wrapError(e, "(reflection: " + what + ")", List.of());
        } finally {
            if (closeAfterUse) {
                connection.close();
            }
        }
    }

    public List<String> schemaNames() {
        return call("schema names", SchemaReflector::schemaNames);
    }

    @Override
    public String defaultSchemaName() {
        return call("default schema", SchemaReflector::defaultSchemaName);
    }

    @Override
    public List<String> tableNames(String schema) {
        return call("table names", (r, c) -> r.tableNames(c, schema));
    }

    @Override
    public boolean hasTable(String schema, String table) {
        return call("has table " + table, (r, c) -> r.hasTable(c, schema, table));
    }

    @Override
    public boolean hasSequence(String schema, String name) {
        return call("has sequence " + name, (r, c) -> r.hasSequence(c, schema, name));
    }

    @Override
    public boolean hasType(String schema, String name) {
        return call("has type " + name, (r, c) -> r.hasType(c, schema, name));
    }

    @Override
    public List<ColumnInfo> columns(String schema, String table) {
        return call("columns of " + table, (r, c) -> r.columns(c, schema, table));
    }

    @Override
    public PrimaryKeyInfo primaryKey(String schema, String table) {
        return call("primary key of " + table, (r, c) -> r.primaryKey(c, schema, table));
    }

    @Override
    public List<ForeignKeyInfo> foreignKeys(String schema, String table) {
        return call("foreign keys of " + table, (r, c) -> r.foreignKeys(c, schema, table));
    }

    @Override
    public List<IndexInfo> indexes(String schema, String table) {
        return call("indexes of " + table, (r, c) -> r.indexes(c, schema, table));
    }

    @Override
    public List<UniqueConstraintInfo> uniqueConstraints(String schema, String table) {
        return call("unique constraints of " + table, (r, c) -> r.uniqueConstraints(c, schema, table));
    }

    @Override
    public List<CheckConstraintInfo> checkConstraints(String schema, String table) {
        return call("check constraints of " + table, (r, c) -> r.checkConstraints(c, schema, table));
    }

    @Override
    public String tableComment(String schema, String table) {
        return call("comment of " + table, (r, c) -> r.tableComment(c, schema, table));
    }
}
