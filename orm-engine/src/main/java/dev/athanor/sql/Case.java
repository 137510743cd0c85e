package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code CASE WHEN c1 THEN r1 WHEN c2 THEN r2 ELSE r END}, built with
 * {@code caseWhen(c1, r1).when(c2, r2).otherwise(r)}; result values are bound parameters.
 *
 * @param <T> the Java type of the results
 */
public final class Case<T> extends ColumnElement<T> {
    private final List<When> whens;
    private final ColumnElement<?> otherwise;
    private final SqlType<T> type;

    Case(List<When> whens, ColumnElement<?> otherwise, SqlType<T> type) {
        this.whens = List.copyOf(whens);
        this.otherwise = otherwise;
        this.type = type;
    }

    /** Adds {@code WHEN condition THEN ?}. */
    public Case<T> when(ColumnElement<Boolean> condition, T result) {
        return when(condition, BindParameter.of("param_1", result, type));
    }

    /** Adds {@code WHEN condition THEN result}. */
    public Case<T> when(ColumnElement<Boolean> condition, ColumnElement<? extends T> result) {
        List<When> more = new ArrayList<>(whens);
        more.add(new When(condition, result));
        return new Case<>(more, otherwise, type);
    }

    /** Sets {@code ELSE ?}. */
    public Case<T> otherwise(T result) {
        return new Case<>(whens, BindParameter.of("param_1", result, type), type);
    }

    /** Sets {@code ELSE result}. */
    public Case<T> otherwise(ColumnElement<? extends T> result) {
        return new Case<>(whens, result, type);
    }

    /** The WHEN branches in order. */
    public List<When> whens() {
        return whens;
    }

    /** The ELSE result, or {@code null}. */
    public ColumnElement<?> otherwiseResult() {
        return otherwise;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        for (When when : whens) {
            when.condition().collectFroms(froms);
            when.result().collectFroms(froms);
        }
        if (otherwise != null) {
            otherwise.collectFroms(froms);
        }
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitCase(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("case").append(whens.size()).append(otherwise != null).append(type);
        for (When when : whens) {
            when.condition().appendCacheKey(key);
            when.result().appendCacheKey(key);
        }
        if (otherwise != null) {
            otherwise.appendCacheKey(key);
        }
    }

    /** One {@code WHEN condition THEN result} branch. */
    public record When(ColumnElement<Boolean> condition, ColumnElement<?> result) {
    }
}
