package dev.athanor.sql;

import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's {@code func}: typed builders for common SQL functions, and {@link #name} for any
 * other. Reach it as {@code Sql.func}: {@code func.count()} renders {@code count(*)},
 * {@code func.lower(users.c("name"))} renders {@code lower(users.name)}.
 */
public final class Functions {
    static final Functions INSTANCE = new Functions();

    private Functions() {
    }

    /** {@code count(*)}. */
    public FunctionCall<Long> count() {
        return call("count", Types.BIG_INTEGER, new LiteralColumn<>("*", Types.NULL));
    }

    /** {@code count(expr)}; {@code count(distinct(expr))} counts distinct values. */
    public FunctionCall<Long> count(ColumnElement<?> expression) {
        return call("count", Types.BIG_INTEGER, expression);
    }

    /** {@code sum(expr)}, typed as its argument. */
    public <T> FunctionCall<T> sum(ColumnElement<T> expression) {
        return call("sum", expression.type(), expression);
    }

    /** {@code avg(expr)}, read as a double. */
    public FunctionCall<Double> avg(ColumnElement<?> expression) {
        return call("avg", Types.DOUBLE, expression);
    }

    /** {@code min(expr)}. */
    public <T> FunctionCall<T> min(ColumnElement<T> expression) {
        return call("min", expression.type(), expression);
    }

    /** {@code max(expr)}. */
    public <T> FunctionCall<T> max(ColumnElement<T> expression) {
        return call("max", expression.type(), expression);
    }

    /** {@code coalesce(expr, ?)}: the first value that is not NULL. */
    public <T> FunctionCall<T> coalesce(ColumnElement<T> expression, T fallback) {
        return call("coalesce", expression.type(), expression, expression.bind(fallback));
    }

    /** {@code coalesce(a, b, …)}. */
    @SafeVarargs
    public final <T> FunctionCall<T> coalesce(ColumnElement<T> first, ColumnElement<? extends T>... rest) {
        List<ColumnElement<?>> arguments = new ArrayList<>();
        arguments.add(first);
        arguments.addAll(List.of(rest));
        return new FunctionCall<>("coalesce", arguments, first.type(), false);
    }

    /** {@code lower(expr)}. */
    public FunctionCall<String> lower(ColumnElement<?> expression) {
        return call("lower", Types.STRING, expression);
    }

    /** {@code upper(expr)}. */
    public FunctionCall<String> upper(ColumnElement<?> expression) {
        return call("upper", Types.STRING, expression);
    }

    /** {@code length(expr)} ({@code LEN} on SQL Server). */
    public FunctionCall<Integer> length(ColumnElement<?> expression) {
        return call("length", Types.INTEGER, expression);
    }

    /** {@code abs(expr)}. */
    public <T> FunctionCall<T> abs(ColumnElement<T> expression) {
        return call("abs", expression.type(), expression);
    }

    /** {@code round(expr)}. */
    public <T> FunctionCall<T> round(ColumnElement<T> expression) {
        return call("round", expression.type(), expression);
    }

    /** {@code round(expr, digits)}. */
    public <T> FunctionCall<T> round(ColumnElement<T> expression, int digits) {
        return call("round", expression.type(), expression, BindParameter.of("round_1", digits, Types.INTEGER));
    }

    /** The current timestamp: {@code CURRENT_TIMESTAMP}, {@code now()} where the dialect spells it so. */
    public FunctionCall<LocalDateTime> now() {
        return new FunctionCall<>("now", List.of(), Types.DATETIME, false);
    }

    /** {@code CURRENT_DATE}. */
    public FunctionCall<LocalDate> currentDate() {
        return new FunctionCall<>("current_date", List.of(), Types.DATE, true);
    }

    /** {@code CURRENT_TIMESTAMP}. */
    public FunctionCall<LocalDateTime> currentTimestamp() {
        return new FunctionCall<>("current_timestamp", List.of(), Types.DATETIME, true);
    }

    /** {@code date_trunc(?, expr)} (PostgreSQL and H2): {@code dateTrunc("month", orders.c("placed_at"))}. */
    public <T> FunctionCall<T> dateTrunc(String field, ColumnElement<T> expression) {
        return call("date_trunc", expression.type(), BindParameter.of("date_trunc_1", field, Types.STRING), expression);
    }

    /** {@code rank()}, for {@link FunctionCall#over}. */
    public FunctionCall<Long> rank() {
        return new FunctionCall<>("rank", List.of(), Types.BIG_INTEGER, false);
    }

    /** {@code dense_rank()}, for {@link FunctionCall#over}. */
    public FunctionCall<Long> denseRank() {
        return new FunctionCall<>("dense_rank", List.of(), Types.BIG_INTEGER, false);
    }

    /** {@code row_number()}, for {@link FunctionCall#over}. */
    public FunctionCall<Long> rowNumber() {
        return new FunctionCall<>("row_number", List.of(), Types.BIG_INTEGER, false);
    }

    /**
     * Any function, untyped: {@code func.name("json_extract", doc, "$.a")}. Arguments that are not
     * expressions become bound parameters. The name must be an identifier (letters, digits,
     * {@code _}, {@code $}; {@code schema.function} allowed), else {@code ArgumentError}.
     */
    public FunctionCall<Object> name(String name, Object... arguments) {
        return name(name, Types.NULL, arguments);
    }

    /** Any function with a declared result type: {@code func.name("char_length", Types.INTEGER, col)}. */
    public <T> FunctionCall<T> name(String name, SqlType<T> type, Object... arguments) {
        Identifiers.functionName(name);
        List<ColumnElement<?>> elements = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            elements.add(argument instanceof ColumnElement<?> element ? element
                    : BindParameter.of(name + "_1", argument));
        }
        return new FunctionCall<>(name, elements, type, false);
    }

    private static <T> FunctionCall<T> call(String name, SqlType<T> type, ColumnElement<?>... arguments) {
        return new FunctionCall<>(name, List.of(arguments), type, false);
    }
}
