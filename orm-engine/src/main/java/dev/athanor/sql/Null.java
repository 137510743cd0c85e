package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;

/** The SQL keyword {@code NULL}, as in {@code x IS NULL} or {@code SET x = NULL}. */
public final class Null extends ColumnElement<Object> {
    static final Null INSTANCE = new Null();

    private Null() {
    }

    @Override
    public SqlType<Object> type() {
        return Types.NULL;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.append("NULL");
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("null");
    }
}
