package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;

/** {@code TRUE} or {@code FALSE}, rendered {@code 1}/{@code 0} where the database has no boolean literal. */
public final class BooleanConstant extends ColumnElement<Boolean> {
    static final BooleanConstant TRUE = new BooleanConstant(true);
    static final BooleanConstant FALSE = new BooleanConstant(false);

    private final boolean value;

    private BooleanConstant(boolean value) {
        this.value = value;
    }

    /** The constant's value. */
    public boolean value() {
        return value;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    ColumnElement<Boolean> negate() {
        return value ? FALSE : TRUE;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitBooleanConstant(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append(value ? "true" : "false");
    }
}
