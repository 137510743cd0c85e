package dev.athanor.sql;

import java.util.List;

/**
 * Something a SELECT reads rows from: a table, an alias, a subquery, a CTE or a join of them.
 */
public interface FromClause extends ClauseElement, SelectItem {

    /** The columns this FROM element offers, in order. */
    List<? extends ColumnClause<?>> columns();

    /** The named elements inside (a join's tables, or this element itself). */
    default List<TableClause> tables() {
        return List.of((TableClause) this);
    }

    @Override
    default List<? extends ColumnElement<?>> selectedColumns() {
        return columns();
    }
}
