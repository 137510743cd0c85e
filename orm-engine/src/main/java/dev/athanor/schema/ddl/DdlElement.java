package dev.athanor.schema.ddl;

import java.util.List;

/**
 * A DDL statement as a value ({@code CREATE TABLE users …}), rendered per dialect by a
 * {@link DdlCompiler} into one or more SQL statements.
 */
public interface DdlElement {

    /** Renders this element by calling the compiler's matching {@code visit…} method. */
    List<String> compile(DdlCompiler compiler);
}
