package dev.athanor.dialect;

import dev.athanor.sql.StatementKind;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;

/**
 * The statement compiler of a real database: answers {@link SqlCompiler}'s capability questions
 * from the dialect's declared {@link Capability capabilities}, and names CAST types and writes
 * string literals as the dialect's DDL does, so what a dialect can render and what it declares
 * never drift apart. Each dialect's {@code XxxCompiler} extends this and overrides only the SQL
 * it spells differently.
 */
public class DialectCompiler extends SqlCompiler {
    private final Dialect dialect;

    public DialectCompiler(Dialect dialect, boolean literalBinds) {
        super(dialect.preparer(), literalBinds);
        this.dialect = dialect;
    }

    /** The dialect being compiled for. */
    protected final Dialect dialect() {
        return dialect;
    }

    @Override
    protected String dialectName() {
        return dialect.name();
    }

    @Override
    protected boolean supportsReturning(StatementKind kind) {
        return switch (kind) {
            case INSERT -> dialect.supports(Capability.INSERT_RETURNING);
            case UPDATE -> dialect.supports(Capability.UPDATE_RETURNING);
            case DELETE -> dialect.supports(Capability.DELETE_RETURNING);
            default -> false;
        };
    }

    @Override
    protected boolean supportsFullOuterJoin() {
        return dialect.supports(Capability.FULL_OUTER_JOIN);
    }

    @Override
    protected boolean supportsDistinctOn() {
        return dialect.supports(Capability.DISTINCT_ON);
    }

    @Override
    protected boolean supportsLateral() {
        return dialect.supports(Capability.LATERAL);
    }

    @Override
    protected boolean supportsRegexp() {
        return dialect.supports(Capability.REGEXP);
    }

    @Override
    protected boolean supportsIlike() {
        return dialect.supports(Capability.ILIKE);
    }

    @Override
    protected boolean supportsForUpdate() {
        return dialect.supports(Capability.FOR_UPDATE);
    }

    @Override
    protected boolean supportsSkipLocked() {
        return dialect.supports(Capability.SKIP_LOCKED);
    }

    @Override
    protected boolean supportsMultiRowInsert() {
        return dialect.supports(Capability.MULTI_ROW_INSERT);
    }

    @Override
    protected boolean supportsIntersectExcept() {
        return dialect.supports(Capability.INTERSECT_EXCEPT);
    }

    @Override
    protected boolean supportsWindowFunctions() {
        return dialect.supports(Capability.WINDOW_FUNCTIONS);
    }

    @Override
    protected boolean supportsCte() {
        return dialect.supports(Capability.CTE);
    }

    @Override
    protected UpsertStyle upsertStyle() {
        if (dialect.supports(Capability.ON_CONFLICT)) {
            return UpsertStyle.ON_CONFLICT;
        }
        if (dialect.supports(Capability.ON_DUPLICATE_KEY)) {
            return UpsertStyle.ON_DUPLICATE_KEY;
        }
        return dialect.supports(Capability.MERGE) ? UpsertStyle.MERGE : UpsertStyle.NONE;
    }

    @Override
    protected boolean bindsListsAsArrays() {
        return dialect.supports(Capability.ARRAY_PARAMETERS);
    }

    @Override
    protected String castTypeName(SqlType<?> type) {
        return dialect.ddlCompiler().typeCompiler().typeName(type);
    }

    @Override
    protected String renderString(String value) {
        return dialect.ddlCompiler().typeCompiler().literal(value);
    }

    /** {@code TRUE}/{@code FALSE} where there is a boolean type, else {@code 1}/{@code 0}. */
    @Override
    protected String renderBoolean(boolean value) {
        if (dialect.supports(Capability.NATIVE_BOOLEAN)) {
            return super.renderBoolean(value);
        }
        return value ? "1" : "0";
    }
}
