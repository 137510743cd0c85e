package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import java.util.List;
import java.util.Map;

/** A statement that {@code Connection.execute} can run: a query, DML, DDL or textual SQL. */
public interface Executable extends ClauseElement {

    /** What kind of statement this is, for metrics, logging and result handling. */
    StatementKind kind();

    /**
     * The expressions of the result columns, in order (the SELECT list, or RETURNING), so rows
     * can be read with each column's type and looked up by the expression; empty when unknown.
     */
    default List<? extends ColumnElement<?>> returnedColumns() {
        return List.of();
    }

    /**
     * This statement's compile-cache key. Immutable statements build it once and keep it (a
     * benign race at worst builds an equal key twice); the default builds it on every call.
     */
    default CacheKey cacheKey() {
        return CacheKey.build(this);
    }

    /**
     * The statement to run for these execution parameters: an {@code insert(table)} without
     * values takes its columns from the keys of the first parameter set, as SQLAlchemy does.
     */
    default Executable forParameters(Map<String, ?> firstParameterSet) {
        return this;
    }
}
