package dev.athanor.dialect.mysql;

import dev.athanor.sql.Excluded;
import dev.athanor.sql.ForUpdate;
import dev.athanor.sql.OnConflict;

/**
 * MariaDB's statement compiler: like MySQL's, but the proposed row of an upsert is
 * {@code VALUES(col)} (MariaDB has no {@code AS new} alias), there are no LATERAL subqueries and
 * {@code FOR UPDATE} cannot name tables.
 */
public class MariaDbCompiler extends MySqlCompiler {

    public MariaDbCompiler(MariaDbDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void onDuplicateKeyUpdate(OnConflict upsert) {
        onDuplicateKeyUpdateClause(upsert);
    }

    @Override
    public void visitExcluded(Excluded<?> excluded) {
        append("VALUES(").appendIdentifier(excluded.column().name()).append(")");
    }

    @Override
    protected boolean supportsLateral() {
        return false;
    }

    @Override
    public void visitForUpdate(ForUpdate lock) {
        if (!lock.lockedTables().isEmpty()) {
            throw unsupported("FOR UPDATE OF");
        }
        super.visitForUpdate(lock);
    }
}
