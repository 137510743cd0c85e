package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.List;

/**
 * The entry point of the expression language, meant for static import:
 * {@code select(users.c("name")).where(users.c("id", Integer.class).eq(5))},
 * {@code insert(users).values(Map.of("name", "Alice"))}, {@code text("SELECT …")}.
 */
public final class Sql {
    /** SQL functions: {@code func.count()}, {@code func.lower(col)}, {@code func.name("any", args)}. */
    public static final Functions func = Functions.INSTANCE;

    private Sql() {
    }

    /**
     * A lightweight table, as SQLAlchemy's {@code table()}: a name and the columns a statement
     * needs, no constraints and no MetaData; its columns are read back with {@code c("name")}.
     * Data migrations use it so they keep working as the application's model moves on:
     * {@code update(table("users", column("id", INTEGER), column("name", string(50))))}.
     */
    public static TableClause table(String name, ColumnClause<?>... columns) {
        return new LightweightTable(null, name, columns);
    }

    /** A lightweight table in a schema; see {@link #table(String, ColumnClause...)}. */
    public static TableClause table(String schema, String name, ColumnClause<?>... columns) {
        return new LightweightTable(schema, name, columns);
    }

    /** A column known by name and type only, as SQLAlchemy's {@code column()}; give it to {@link #table}. */
    public static <T> ColumnClause<T> column(String name, SqlType<T> type) {
        if (name == null || name.isEmpty() || type == null) {
            throw new ArgumentError("Sql.column(name, type) needs a name and a type, e.g. column(\"id\", Types.INTEGER)");
        }
        return new LightweightColumn<>(name, type, null);
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

    /** {@code SELECT …} of columns, expressions and whole tables. */
    public static Select select(SelectItem... items) {
        return Select.of(items);
    }

    /**
     * {@code SELECT} of every column of one mapped class, typed so that a session's
     * {@code scalars(select(Employee.class))} yields {@code Employee}s without a type witness.
     * The classes are resolved through {@link EntityResolver}.
     */
    public static <T> TypedSelect<T> select(Class<T> entity) {
        if (entity == null) {
            throw new ArgumentError("select() was given a null class");
        }
        return Select.typed(EntityResolver.table(entity));
    }

    /**
     * {@code SELECT} of every column of each mapped class, in field order:
     * {@code select(User.class)} renders {@code SELECT users.id, users.username, … FROM users}; a
     * session turns each row into objects. The classes are resolved through {@link EntityResolver}.
     */
    public static Select select(Class<?>... entities) {
        SelectItem[] tables = new SelectItem[entities.length];
        for (int i = 0; i < entities.length; i++) {
            tables[i] = EntityResolver.table(entities[i]);
        }
        return Select.of(tables);
    }

    /**
     * A mapped class under another name, for self-joins: {@code aliased(Employee.class, "manager")}
     * renders {@code employee AS manager} and its columns {@code manager.name}. The ORM answers
     * with an {@code EntityTable} whose rows still load as {@code Employee} objects.
     */
    public static TableClause aliased(Class<?> entity, String name) {
        return EntityResolver.alias(entity, name);
    }

    /**
     * A mapped class under the name {@code <table>_1}; use {@link #aliased(Class, String)} for a
     * second alias of the same class in one statement.
     */
    public static TableClause aliased(Class<?> entity) {
        return EntityResolver.alias(entity, EntityResolver.table(entity).name() + "_1");
    }

    /**
     * The column mapped from a field, by name: {@code attr(User.class, "username")} is
     * {@code users.username}; a wrong name fails at once, listing the class's attributes.
     */
    @SuppressWarnings("unchecked")
    public static <T> ColumnClause<T> attr(Class<?> entity, String attribute) {
        return (ColumnClause<T>) EntityResolver.attribute(entity, attribute);
    }

    /** {@code INSERT INTO} the table of a mapped class. */
    public static Insert insert(Class<?> entity) {
        return Insert.into(EntityResolver.table(entity));
    }

    /** {@code UPDATE} the table of a mapped class. */
    public static Update update(Class<?> entity) {
        return Update.of(EntityResolver.table(entity));
    }

    /** {@code DELETE FROM} the table of a mapped class. */
    public static Delete delete(Class<?> entity) {
        return Delete.from(EntityResolver.table(entity));
    }

    /** {@code INSERT INTO table …}. */
    public static Insert insert(TableClause table) {
        return Insert.into(table);
    }

    /** {@code UPDATE table …}. */
    public static Update update(TableClause table) {
        return Update.of(table);
    }

    /** {@code DELETE FROM table …}. */
    public static Delete delete(TableClause table) {
        return Delete.from(table);
    }

    /** {@code a AND b AND …}. */
    @SafeVarargs
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... conditions) {
        return BooleanClauseList.and(conditions);
    }

    /** {@code a OR b OR …}. */
    @SafeVarargs
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... conditions) {
        return BooleanClauseList.or(conditions);
    }

    /** The negation: {@code NOT (…)}, or the opposite operator ({@code !=}, {@code NOT IN}, {@code IS NOT}). */
    public static ColumnElement<Boolean> not(ColumnElement<Boolean> condition) {
        return condition.negate();
    }

    /** {@code EXISTS (SELECT …)}. */
    public static Exists exists(SelectBase select) {
        return select.exists();
    }

    /** {@code CASE WHEN condition THEN ? …}; add branches with {@code when} and {@code otherwise}. */
    public static <T> Case<T> caseWhen(ColumnElement<Boolean> condition, T result) {
        return new Case<>(List.of(), null, Types.forValue(result)).when(condition, result);
    }

    /** {@code CASE WHEN condition THEN result …}. */
    public static <T> Case<T> caseWhen(ColumnElement<Boolean> condition, ColumnElement<T> result) {
        return new Case<T>(List.of(), null, result.type()).when(condition, result);
    }

    /** {@code CAST(expression AS type)}. */
    public static <T> ColumnElement<T> cast(ColumnElement<?> expression, SqlType<T> type) {
        return expression.cast(type);
    }

    /** A value as a bound parameter, usable where an expression is needed: {@code select(literal(1))}. */
    public static <T> BindParameter<T> literal(T value) {
        return BindParameter.of("param_1", value);
    }

    /** A value as a bound parameter of an explicit type. */
    public static <T> BindParameter<T> literal(T value, SqlType<T> type) {
        return BindParameter.of("param_1", value, type);
    }

    /** SQL text used as a column, rendered verbatim; never build it from user input. */
    public static LiteralColumn<Object> literalColumn(String sql) {
        return new LiteralColumn<>(sql, Types.NULL);
    }

    /** SQL text used as a typed column, rendered verbatim. */
    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return new LiteralColumn<>(sql, type);
    }

    /** The keyword {@code NULL}. */
    public static ColumnElement<Object> nullValue() {
        return Null.INSTANCE;
    }

    /** {@code TRUE} ({@code 1} where there is no boolean literal). */
    public static ColumnElement<Boolean> trueValue() {
        return BooleanConstant.TRUE;
    }

    /** {@code FALSE} ({@code 0} where there is no boolean literal). */
    public static ColumnElement<Boolean> falseValue() {
        return BooleanConstant.FALSE;
    }

    /** A tuple {@code (a, b)}, e.g. for {@code tuple(a, b).in(select(x, y))}. */
    public static ExpressionList tuple(ColumnElement<?>... elements) {
        return new ExpressionList(List.of(elements));
    }

    /** {@code UNION} of selects. */
    public static CompoundSelect union(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, first, others);
    }

    /** {@code UNION ALL} of selects. */
    public static CompoundSelect unionAll(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, first, others);
    }

    /** {@code INTERSECT} of selects. */
    public static CompoundSelect intersect(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, first, others);
    }

    /** {@code INTERSECT ALL} of selects. */
    public static CompoundSelect intersectAll(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT_ALL, first, others);
    }

    /** {@code EXCEPT} of selects ({@code MINUS} on Oracle). */
    public static CompoundSelect except(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, first, others);
    }

    /** {@code EXCEPT ALL} of selects. */
    public static CompoundSelect exceptAll(SelectBase first, SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT_ALL, first, others);
    }

    /** {@code expression ASC}. */
    public static Ordering asc(ColumnElement<?> expression) {
        return expression.asc();
    }

    /** {@code expression DESC}. */
    public static Ordering desc(ColumnElement<?> expression) {
        return expression.desc();
    }

    /** The ordering with NULLs first. */
    public static Ordering nullsFirst(Ordering ordering) {
        return ordering.nullsFirst();
    }

    /** The ordering with NULLs last. */
    public static Ordering nullsLast(Ordering ordering) {
        return ordering.nullsLast();
    }

    /** {@code DISTINCT expression}, inside an aggregate: {@code func.count(distinct(col))}. */
    public static <T> ColumnElement<T> distinct(ColumnElement<T> expression) {
        return new UnaryExpression<>("DISTINCT ", expression, "", expression.type(), Operator.ATOM_PRECEDENCE);
    }

    /** An empty window, to be given {@code partitionBy}, {@code orderBy} and a frame. */
    public static Window window() {
        return Window.EMPTY;
    }

    /** {@code function OVER (window)}. */
    public static <T> Over<T> over(FunctionCall<T> function, Window window) {
        return function.over(window);
    }
}
