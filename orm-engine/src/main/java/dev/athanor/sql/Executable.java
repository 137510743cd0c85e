package dev.athanor.sql;

/** A statement that {@code Connection.execute} can run: a query, DML, DDL or textual SQL. */
public interface Executable extends ClauseElement {

    /** What kind of statement this is, for metrics, logging and result handling. */
    StatementKind kind();
}
