package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BinaryExpression;

/**
 * PostgreSQL's statement compiler: {@code ~} for regular expressions, {@code now()}, and
 * {@code ?} operators in user-written SQL escaped for pgjdbc.
 */
public class PostgresCompiler extends DialectCompiler {

    public PostgresCompiler(PostgresDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void regexp(BinaryExpression<?> binary, boolean negated) {
        infix(binary, negated ? "!~" : "~");
    }

    @Override
    protected String userSqlForDriver(String sql) {
        return PostgresQuestionMarks.escape(sql);
    }

    @Override
    protected void now() {
        append("now()");
    }
}
