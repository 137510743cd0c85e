package dev.athanor.dialect.sqlite;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.TableClause;
import java.util.List;

/**
 * SQLite's statement compiler: {@code LIMIT -1} stands for "no limit" before an OFFSET, and a
 * DELETE cannot name other tables (use a subquery in WHERE instead).
 */
public class SqliteCompiler extends DialectCompiler {

    public SqliteCompiler(SqliteDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (limit == null && offset != null) {
            append(" LIMIT -1 OFFSET ");
            offset.compile(this);
            return;
        }
        super.limitOffset(limit, offset, ordered);
    }

    @Override
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        throw unsupported("DELETE reading other tables (DELETE … USING)");
    }
}
