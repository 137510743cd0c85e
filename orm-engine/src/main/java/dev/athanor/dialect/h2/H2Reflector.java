package dev.athanor.dialect.h2;

import dev.athanor.dialect.JdbcSchemaReflector;
import dev.athanor.sql.compiler.IdentifierPreparer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;

/**
 * H2 2.x reflection: JDBC metadata answers nearly everything; H2 names the indexes behind its
 * constraints differently from the constraints, and reports its maximum sizes for columns declared
 * without one.
 */
public class H2Reflector extends JdbcSchemaReflector {
    /** The length H2 reports for {@code VARCHAR} declared without one. */
    private static final int MAX_STRING_LENGTH = 1_000_000_000;
    /** The precision H2 reports for {@code NUMERIC} declared without one. */
    private static final int MAX_NUMERIC_PRECISION = 100_000;

    public H2Reflector(IdentifierPreparer preparer) {
        super(preparer);
    }

    @Override
    protected boolean isUnboundedSize(int jdbcType, int size) {
        int max = jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL ? MAX_NUMERIC_PRECISION : MAX_STRING_LENGTH;
        return size >= max || super.isUnboundedSize(jdbcType, size);
    }

    /** H2 flags the indexes it made for a constraint (primary, unique or foreign key) as generated. */
    @Override
    protected Set<String> readConstraintIndexNames(Connection connection, TableRef table) throws SQLException {
        return Set.copyOf(query(connection, "SELECT index_name FROM information_schema.indexes"
                + " WHERE table_schema = ? AND table_name = ? AND is_generated",
                rs -> rs.getString(1), table.schema(), table.name()));
    }
}
