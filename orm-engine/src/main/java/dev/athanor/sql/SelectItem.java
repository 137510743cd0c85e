package dev.athanor.sql;

import java.util.List;

/**
 * Something {@code select(…)} accepts: an expression (one column) or a table, alias, subquery or
 * CTE (all of its columns).
 */
public interface SelectItem {

    /** The columns this item contributes to a SELECT list, in order. */
    List<? extends ColumnElement<?>> selectedColumns();
}
