package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BinaryExpression;

/** PostgreSQL's statement compiler: {@code ~} for regular expressions and {@code now()}. */
public class PostgresCompiler extends DialectCompiler {

    public PostgresCompiler(PostgresDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void regexp(BinaryExpression<?> binary, boolean negated) {
        infix(binary, negated ? "!~" : "~");
    }

    @Override
    protected void now() {
        append("now()");
    }
}
