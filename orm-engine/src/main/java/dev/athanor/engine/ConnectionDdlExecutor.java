package dev.athanor.engine;

import dev.athanor.schema.DdlExecutor;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.sql.StatementKind;

/**
 * Runs DDL elements on one connection: each is compiled by the dialect's DDL compiler and its
 * statements are sent in order; existence checks for {@code checkFirst} reflect on the same
 * connection, so they see DDL run earlier in the same transaction.
 */
final class ConnectionDdlExecutor implements DdlExecutor {
    private final Connection connection;
    private final Inspector inspector;

    ConnectionDdlExecutor(Connection connection) {
        this.connection = connection;
        this.inspector = DatabaseInspector.of(connection);
    }

    @Override
    public void execute(DdlElement element) {
        for (String sql : connection.dialect().ddlCompiler().compile(element)) {
            connection.runRaw(sql, StatementKind.DDL);
        }
    }

    @Override
    public boolean hasTable(String schema, String name) {
        return inspector.hasTable(schema, name);
    }

    @Override
    public boolean hasSequence(String schema, String name) {
        return inspector.hasSequence(schema, name);
    }

    @Override
    public boolean hasType(String schema, String name) {
        return inspector.hasType(schema, name);
    }
}
