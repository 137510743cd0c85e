package dev.athanor.schema;

import dev.athanor.schema.ddl.DdlElement;

/**
 * Executes DDL on one connection and answers what already exists, for {@code checkFirst}. Names
 * are passed as declared (unquoted, not case-folded); the implementation normalises them for
 * its database. {@code hasSequence} and {@code hasType} may be asked on databases without
 * sequences or named types: answer {@code false}, the element then compiles to no statement.
 */
public interface DdlExecutor {
    /** Compiles the element for this connection's dialect and executes each statement. */
    void execute(DdlElement element);

    boolean hasTable(String schema, String name);

    boolean hasSequence(String schema, String name);

    boolean hasType(String schema, String name);
}
