package dev.athanor.dialect;

import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How one database answers the questions of {@link dev.athanor.schema.Inspector}, given a
 * connection: the engine borrows a connection and delegates each call here. Semantics are those of
 * the {@code Inspector} method of the same name: names in and out are normalised through the
 * dialect's {@link dev.athanor.sql.compiler.IdentifierPreparer}, a {@code null} schema means the
 * connection's default one, and a missing table raises {@link dev.athanor.exc.NoSuchTableError}.
 * Driver errors are left to the caller to translate.
 */
public interface SchemaReflector {

    List<String> schemaNames(Connection connection) throws SQLException;

    String defaultSchemaName(Connection connection) throws SQLException;

    List<String> tableNames(Connection connection, String schema) throws SQLException;

    boolean hasTable(Connection connection, String schema, String table) throws SQLException;

    boolean hasSequence(Connection connection, String schema, String name) throws SQLException;

    boolean hasType(Connection connection, String schema, String name) throws SQLException;

    List<ColumnInfo> columns(Connection connection, String schema, String table) throws SQLException;

    PrimaryKeyInfo primaryKey(Connection connection, String schema, String table) throws SQLException;

    List<ForeignKeyInfo> foreignKeys(Connection connection, String schema, String table) throws SQLException;

    List<IndexInfo> indexes(Connection connection, String schema, String table) throws SQLException;

    List<UniqueConstraintInfo> uniqueConstraints(Connection connection, String schema, String table)
            throws SQLException;

    List<CheckConstraintInfo> checkConstraints(Connection connection, String schema, String table)
            throws SQLException;

    String tableComment(Connection connection, String schema, String table) throws SQLException;
}
