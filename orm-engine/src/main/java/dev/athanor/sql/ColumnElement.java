package dev.athanor.sql;

import dev.athanor.types.SqlType;

/**
 * An SQL expression that has a type: a column, a bound value, a function call, a comparison.
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class ColumnElement<T> implements ClauseElement {

    /** The SQL type of this expression; decides how values bind and how results read back. */
    public abstract SqlType<T> type();
}
