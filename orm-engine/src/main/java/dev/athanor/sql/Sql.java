package dev.athanor.sql;

import dev.athanor.types.SqlType;

/**
 * The entry point of the expression language, meant for static import:
 * {@code text("SELECT …")}, {@code select(…)}, {@code bindparam("id", 5)}.
 */
public final class Sql {
    private Sql() {
    }

    /** Literal SQL with {@code :name} bind parameters. */
    public static TextClause text(String sql) {
        return TextClause.of(sql);
    }

    /** A named bind parameter with a value; the type is inferred from the value. */
    public static <T> BindParameter<T> bindparam(String key, T value) {
        return BindParameter.of(key, value);
    }

    /** A named bind parameter whose value is given at execution. */
    public static <T> BindParameter<T> bindparam(String key, SqlType<T> type) {
        return BindParameter.required(key, type);
    }
}
