package dev.athanor.sql;

/**
 * A {@link Select} that knows the Java type of what it returns, as SQLAlchemy 2.0's
 * {@code Select[T]} does: {@code select(Employee.class)} is a {@code TypedSelect<Employee>}, so a
 * session's {@code scalars(…)} answers with {@code Employee}s without a type witness:
 *
 * <pre>{@code
 * for (Employee e : session.scalars(select(Employee.class).where(Employee_.name.startsWith("S")))) { … }
 * }</pre>
 *
 * Every builder method that keeps the SELECT list keeps the type; {@code addColumns} and
 * {@code withOnlyColumns} change the list and answer a plain {@code Select}, as does
 * {@code where} with three or more conditions (chain {@code where} calls instead).
 *
 * @param <T> what each row's first column loads as
 */
public final class TypedSelect<T> extends Select {

    TypedSelect(State state) {
        super(state);
    }

    @Override
    TypedSelect<T> rebuild(State changed) {
        return new TypedSelect<>(changed);
    }

    @SuppressWarnings("unchecked")
    private TypedSelect<T> typed(Select changed) {
        return (TypedSelect<T>) changed;
    }

    @Override
    public TypedSelect<T> options(ExecutableOption... options) {
        return typed(super.options(options));
    }

    @Override
    public TypedSelect<T> selectFrom(FromClause... froms) {
        return typed(super.selectFrom(froms));
    }

    @Override
    public TypedSelect<T> where(ColumnElement<Boolean> condition) {
        return typed(super.where(condition));
    }

    @Override
    public TypedSelect<T> where(ColumnElement<Boolean> first, ColumnElement<Boolean> second) {
        return typed(super.where(first, second));
    }

    @Override
    public TypedSelect<T> join(FromClause right) {
        return typed(super.join(right));
    }

    @Override
    public TypedSelect<T> join(FromClause right, ColumnElement<Boolean> on) {
        return typed(super.join(right, on));
    }

    @Override
    public TypedSelect<T> outerJoin(FromClause right) {
        return typed(super.outerJoin(right));
    }

    @Override
    public TypedSelect<T> outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return typed(super.outerJoin(right, on));
    }

    @Override
    public TypedSelect<T> fullOuterJoin(FromClause right) {
        return typed(super.fullOuterJoin(right));
    }

    @Override
    public TypedSelect<T> fullOuterJoin(FromClause right, ColumnElement<Boolean> on) {
        return typed(super.fullOuterJoin(right, on));
    }

    @Override
    public TypedSelect<T> join(JoinTarget target) {
        return typed(super.join(target));
    }

    @Override
    public TypedSelect<T> outerJoin(JoinTarget target) {
        return typed(super.outerJoin(target));
    }

    @Override
    public TypedSelect<T> groupBy(ColumnElement<?>... columns) {
        return typed(super.groupBy(columns));
    }

    @Override
    public TypedSelect<T> having(ColumnElement<Boolean> condition) {
        return typed(super.having(condition));
    }

    @Override
    public TypedSelect<T> orderBy(ClauseElement... items) {
        return typed(super.orderBy(items));
    }

    @Override
    public TypedSelect<T> limit(int limit) {
        return typed(super.limit(limit));
    }

    @Override
    public TypedSelect<T> offset(int offset) {
        return typed(super.offset(offset));
    }

    @Override
    public TypedSelect<T> distinct() {
        return typed(super.distinct());
    }

    @Override
    public TypedSelect<T> distinct(ColumnElement<?>... on) {
        return typed(super.distinct(on));
    }

    @Override
    public TypedSelect<T> forUpdate() {
        return typed(super.forUpdate());
    }

    @Override
    public TypedSelect<T> forUpdate(ForUpdate lock) {
        return typed(super.forUpdate(lock));
    }
}
