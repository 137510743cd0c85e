package dev.athanor.sql;

import dev.athanor.types.NullType;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An SQL expression that has a type: a column, a bound value, a function call, a comparison. Its
 * operators build new expressions; every Java value given to them travels as a bound parameter.
 *
 * <pre>{@code
 * users.c("name", String.class).startsWith("A%")   // users.name LIKE ? ESCAPE '/'   ('A/%%')
 * books.c("pages", Integer.class).plus(10).gt(300) // books.pages + ? > ?
 * users.c("id").in(List.of())                       // 1 != 1
 * }</pre>
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class ColumnElement<T> implements ClauseElement, SelectItem {
    /** The character {@link #startsWith}, {@link #endsWith} and {@link #contains} escape with. */
    public static final char AUTOESCAPE = '/';

    /** The SQL type of this expression; decides how values bind and how results read back. */
    public abstract SqlType<T> type();

    /** How tightly this expression binds, for deciding where parentheses go. */
    public int precedence() {
        return Operator.ATOM_PRECEDENCE;
    }

    /** The name a bound value compared with this expression is keyed by ({@code name_1}). */
    String bindKeyBase() {
        return "param";
    }

    /** Reports the FROM elements this expression reads from, so a SELECT can infer its FROM list. */
    void collectFroms(Consumer<FromClause> froms) {
    }

    /** The expression meaning the opposite; {@code NOT (…)} unless the operator has a negation. */
    ColumnElement<Boolean> negate() {
        return new UnaryExpression<>("NOT ", this, "", Types.BOOLEAN, Operator.NOT_PRECEDENCE);
    }

    @Override
    public final List<ColumnElement<?>> selectedColumns() {
        return List.of(this);
    }

    // ---- comparison ----------------------------------------------------------------------------

    /** {@code this = ?}; {@code eq(null)} renders {@code this IS NULL}, as SQLAlchemy does. */
    public final ColumnElement<Boolean> eq(T value) {
        return value == null ? isNull() : eq(operand(value));
    }

    /** {@code this = other}; a null {@code other} renders {@code this IS NULL}. */
    public final ColumnElement<Boolean> eq(ColumnElement<?> other) {
        return other == null ? isNull() : compare(Operator.EQ, other);
    }

    /** {@code this != ?}; {@code ne(null)} renders {@code this IS NOT NULL}. */
    public final ColumnElement<Boolean> ne(T value) {
        return value == null ? isNotNull() : ne(operand(value));
    }

    /** {@code this != other}; a null {@code other} renders {@code this IS NOT NULL}. */
    public final ColumnElement<Boolean> ne(ColumnElement<?> other) {
        return other == null ? isNotNull() : compare(Operator.NE, other);
    }

    /** {@code this < ?}. */
    public final ColumnElement<Boolean> lt(T value) {
        return lt(operand(value));
    }

    /** {@code this < other}. */
    public final ColumnElement<Boolean> lt(ColumnElement<?> other) {
        return compare(Operator.LT, other);
    }

    /** {@code this <= ?}. */
    public final ColumnElement<Boolean> le(T value) {
        return le(operand(value));
    }

    /** {@code this <= other}. */
    public final ColumnElement<Boolean> le(ColumnElement<?> other) {
        return compare(Operator.LE, other);
    }

    /** {@code this > ?}. */
    public final ColumnElement<Boolean> gt(T value) {
        return gt(operand(value));
    }

    /** {@code this > other}. */
    public final ColumnElement<Boolean> gt(ColumnElement<?> other) {
        return compare(Operator.GT, other);
    }

    /** {@code this >= ?}. */
    public final ColumnElement<Boolean> ge(T value) {
        return ge(operand(value));
    }

    /** {@code this >= other}. */
    public final ColumnElement<Boolean> ge(ColumnElement<?> other) {
        return compare(Operator.GE, other);
    }

    /** {@code this IS NULL}. */
    public final ColumnElement<Boolean> isNull() {
        return compare(Operator.IS, Null.INSTANCE);
    }

    /** {@code this IS NOT NULL}. */
    public final ColumnElement<Boolean> isNotNull() {
        return compare(Operator.IS_NOT, Null.INSTANCE);
    }

    /** {@code this = TRUE} ({@code = 1} where the database has no boolean literal). */
    public final ColumnElement<Boolean> isTrue() {
        return compare(Operator.EQ, BooleanConstant.TRUE);
    }

    /** {@code this = FALSE} ({@code = 0} where the database has no boolean literal). */
    public final ColumnElement<Boolean> isFalse() {
        return compare(Operator.EQ, BooleanConstant.FALSE);
    }

    /** {@code this BETWEEN ? AND ?}. */
    public final ColumnElement<Boolean> between(T low, T high) {
        return between(operand(low), operand(high));
    }

    /** {@code this BETWEEN low AND high}. */
    public final ColumnElement<Boolean> between(ColumnElement<?> low, ColumnElement<?> high) {
        return new Between(this, low, high, false);
    }

    /**
     * {@code this IN (?, ?, …)}, or {@code this = ANY(?)} with one array parameter where the
     * dialect binds arrays (PostgreSQL, H2); an empty collection gives {@code 1 != 1}, which
     * matches nothing. The statement is cached once for every length of the list.
     */
    public final ColumnElement<Boolean> in(Collection<? extends T> values) {
        if (values.isEmpty()) {
            return compareConstants(false);
        }
        return new InList(this, bindList(values), false);
    }

    /** {@code this IN (?, ?, …)}. */
    @SafeVarargs
    public final ColumnElement<Boolean> in(T... values) {
        return in(List.of(values));
    }

    /** {@code this IN (SELECT …)}. */
    public final ColumnElement<Boolean> in(SelectBase subquery) {
        return compare(Operator.IN, new ScalarSelect<>(subquery, Types.NULL));
    }

    /**
     * {@code this NOT IN (?, ?, …)}, or {@code this <> ALL(?)} where the dialect binds arrays; an
     * empty collection gives {@code 1 = 1}, which matches everything.
     */
    public final ColumnElement<Boolean> notIn(Collection<? extends T> values) {
        if (values.isEmpty()) {
            return compareConstants(true);
        }
        return new InList(this, bindList(values), true);
    }

    /** {@code this NOT IN (SELECT …)}. */
    public final ColumnElement<Boolean> notIn(SelectBase subquery) {
        return compare(Operator.NOT_IN, new ScalarSelect<>(subquery, Types.NULL));
    }

    // ---- strings -------------------------------------------------------------------------------

    /** {@code this LIKE ?}: {@code %} and {@code _} in the pattern are wildcards. */
    public final ColumnElement<Boolean> like(String pattern) {
        return new BinaryExpression<>(this, Operator.LIKE, stringBind(pattern), Types.BOOLEAN, null);
    }

    /** {@code this LIKE ? ESCAPE 'c'}. */
    public final ColumnElement<Boolean> like(String pattern, char escape) {
        return new BinaryExpression<>(this, Operator.LIKE, stringBind(pattern), Types.BOOLEAN, escape);
    }

    /** {@code this NOT LIKE ?}. */
    public final ColumnElement<Boolean> notLike(String pattern) {
        return new BinaryExpression<>(this, Operator.NOT_LIKE, stringBind(pattern), Types.BOOLEAN, null);
    }

    /** Case-insensitive LIKE: {@code this ILIKE ?}, or {@code lower(this) LIKE lower(?)} where there is no ILIKE. */
    public final ColumnElement<Boolean> ilike(String pattern) {
        return new BinaryExpression<>(this, Operator.ILIKE, stringBind(pattern), Types.BOOLEAN, null);
    }

    /** The negation of {@link #ilike}. */
    public final ColumnElement<Boolean> notIlike(String pattern) {
        return new BinaryExpression<>(this, Operator.NOT_ILIKE, stringBind(pattern), Types.BOOLEAN, null);
    }

    /** {@code this LIKE ? ESCAPE '/'} with {@code value%}: wildcards in {@code value} match only themselves. */
    public final ColumnElement<Boolean> startsWith(String value) {
        return like(escapeLike(value) + "%", AUTOESCAPE);
    }

    /** {@code this LIKE ? ESCAPE '/'} with {@code %value}: wildcards in {@code value} match only themselves. */
    public final ColumnElement<Boolean> endsWith(String value) {
        return like("%" + escapeLike(value), AUTOESCAPE);
    }

    /** {@code this LIKE ? ESCAPE '/'} with {@code %value%}: wildcards in {@code value} match only themselves. */
    public final ColumnElement<Boolean> contains(String value) {
        return like("%" + escapeLike(value) + "%", AUTOESCAPE);
    }

    /** A regular-expression match in the dialect's syntax ({@code ~}, {@code REGEXP}, {@code REGEXP_LIKE}). */
    public final ColumnElement<Boolean> regexpMatch(String pattern) {
        return new BinaryExpression<>(this, Operator.REGEXP, stringBind(pattern), Types.BOOLEAN, null);
    }

    /** String concatenation: {@code this || ?} ({@code concat(…)} on MySQL, {@code +} on SQL Server). */
    public final ColumnElement<String> concat(String value) {
        return new BinaryExpression<>(this, Operator.CONCAT, stringBind(value), Types.STRING, null);
    }

    /** String concatenation with another expression. */
    public final ColumnElement<String> concat(ColumnElement<?> other) {
        return new BinaryExpression<>(this, Operator.CONCAT, other, Types.STRING, null);
    }

    /** {@code this COLLATE name}. */
    public final ColumnElement<T> collate(String collation) {
        return new Collate<>(this, collation);
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    /** {@code this + ?}. */
    public final ColumnElement<T> plus(T value) {
        return plus(operand(value));
    }

    /** {@code this + other}. */
    public final ColumnElement<T> plus(ColumnElement<? extends T> other) {
        return arithmetic(Operator.ADD, other);
    }

    /** {@code this - ?}. */
    public final ColumnElement<T> minus(T value) {
        return minus(operand(value));
    }

    /** {@code this - other}. */
    public final ColumnElement<T> minus(ColumnElement<? extends T> other) {
        return arithmetic(Operator.SUBTRACT, other);
    }

    /** {@code this * ?}. */
    public final ColumnElement<T> times(T value) {
        return times(operand(value));
    }

    /** {@code this * other}. */
    public final ColumnElement<T> times(ColumnElement<? extends T> other) {
        return arithmetic(Operator.MULTIPLY, other);
    }

    /** {@code this / ?}. */
    public final ColumnElement<T> dividedBy(T value) {
        return dividedBy(operand(value));
    }

    /** {@code this / other}. */
    public final ColumnElement<T> dividedBy(ColumnElement<? extends T> other) {
        return arithmetic(Operator.DIVIDE, other);
    }

    /** {@code this % ?} ({@code MOD(this, ?)} on Oracle). */
    public final ColumnElement<T> mod(T value) {
        return mod(operand(value));
    }

    /** {@code this % other}. */
    public final ColumnElement<T> mod(ColumnElement<? extends T> other) {
        return arithmetic(Operator.MODULO, other);
    }

    // ---- naming, typing, ordering --------------------------------------------------------------

    /** {@code this AS name} in a column list; the name is the key of the result column. */
    public final Label<T> label(String name) {
        return new Label<>(Identifiers.require("label", name), this);
    }

    /** {@code CAST(this AS type)}, typed as {@code type}. */
    public final <R> ColumnElement<R> cast(SqlType<R> type) {
        return new Cast<>(this, type);
    }

    /** {@code this ASC}, for {@code orderBy}. */
    public final Ordering asc() {
        return new Ordering(this, false, null);
    }

    /** {@code this DESC}, for {@code orderBy}. */
    public final Ordering desc() {
        return new Ordering(this, true, null);
    }

    // ---- building blocks -------------------------------------------------------------------------

    /** A bound parameter carrying {@code value}, typed as this expression (or by the value when untyped). */
    @SuppressWarnings("unchecked")
    final ColumnElement<?> bind(Object value) {
        SqlType<?> bindType = type() instanceof NullType ? Types.forValue(value) : type();
        return BindParameter.of(bindKeyBase() + "_1", value, (SqlType<Object>) bindType);
    }

    /**
     * {@code value} as the right-hand operand of an operator: a parameter typed like this
     * expression, so each operator's value form is its expression form applied to it.
     */
    @SuppressWarnings("unchecked")
    private ColumnElement<T> operand(T value) {
        return (ColumnElement<T>) bind(value);
    }

    private BindParameter<String> stringBind(String value) {
        return BindParameter.of(bindKeyBase() + "_1", value, Types.STRING);
    }

    /** One parameter holding every value, typed as this expression (or by the first value when untyped). */
    @SuppressWarnings("unchecked")
    private BindParameter<?> bindList(Collection<?> values) {
        List<Object> list = Collections.unmodifiableList(new ArrayList<>(values));
        Object sample = list.stream().filter(Objects::nonNull).findFirst().orElse(null);
        SqlType<?> elementType = type() instanceof NullType ? Types.forValue(sample) : type();
        return BindParameter.of(bindKeyBase() + "_1", (Object) list, (SqlType<Object>) elementType);
    }

    private ColumnElement<Boolean> compare(Operator operator, ColumnElement<?> right) {
        return new BinaryExpression<>(this, operator, right, Types.BOOLEAN, null);
    }

    private ColumnElement<T> arithmetic(Operator operator, ColumnElement<?> right) {
        return new BinaryExpression<>(this, operator, right, type(), null);
    }

    private static ColumnElement<Boolean> compareConstants(boolean equal) {
        LiteralColumn<Integer> one = new LiteralColumn<>("1", Types.INTEGER);
        return new BinaryExpression<>(one, equal ? Operator.EQ : Operator.NE, one, Types.BOOLEAN, null);
    }

    /** Escapes {@code %}, {@code _} and the escape character itself with {@link #AUTOESCAPE}. */
    static String escapeLike(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '_' || c == AUTOESCAPE) {
                escaped.append(AUTOESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
