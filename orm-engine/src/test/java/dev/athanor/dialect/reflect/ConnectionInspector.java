package dev.athanor.dialect.reflect;

import dev.athanor.dialect.SchemaReflector;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** An {@link Inspector} over one open connection, standing in for the engine's until it exists. */
final class ConnectionInspector implements Inspector {
    private final Connection connection;
    private final SchemaReflector reflector;

    ConnectionInspector(Connection connection, SchemaReflector reflector) {
        this.connection = connection;
        this.reflector = reflector;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws SQLException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> schemaNames() {
        return call(() -> reflector.schemaNames(connection));
    }

    @Override
    public String defaultSchemaName() {
        return call(() -> reflector.defaultSchemaName(connection));
    }

    @Override
    public List<String> tableNames(String schema) {
        return call(() -> reflector.tableNames(connection, schema));
    }

    @Override
    public boolean hasTable(String schema, String table) {
        return call(() -> reflector.hasTable(connection, schema, table));
    }

    @Override
    public boolean hasSequence(String schema, String name) {
        return call(() -> reflector.hasSequence(connection, schema, name));
    }

    @Override
    public boolean hasType(String schema, String name) {
        return call(() -> reflector.hasType(connection, schema, name));
    }

    @Override
    public List<ColumnInfo> columns(String schema, String table) {
        return call(() -> reflector.columns(connection, schema, table));
    }

    @Override
    public PrimaryKeyInfo primaryKey(String schema, String table) {
        return call(() -> reflector.primaryKey(connection, schema, table));
    }

    @Override
    public List<ForeignKeyInfo> foreignKeys(String schema, String table) {
        return call(() -> reflector.foreignKeys(connection, schema, table));
    }

    @Override
    public List<IndexInfo> indexes(String schema, String table) {
        return call(() -> reflector.indexes(connection, schema, table));
    }

    @Override
    public List<UniqueConstraintInfo> uniqueConstraints(String schema, String table) {
        return call(() -> reflector.uniqueConstraints(connection, schema, table));
    }

    @Override
    public List<CheckConstraintInfo> checkConstraints(String schema, String table) {
        return call(() -> reflector.checkConstraints(connection, schema, table));
    }

    @Override
    public String tableComment(String schema, String table) {
        return call(() -> reflector.tableComment(connection, schema, table));
    }
}
