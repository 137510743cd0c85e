package dev.athanor.schema.ddl;

import dev.athanor.sql.compiler.IdentifierPreparer;

/** Renders DDL for one dialect. (Being built out: schema/DDL work in progress.) */
public class DdlCompiler {
    private final IdentifierPreparer preparer;

    public DdlCompiler(IdentifierPreparer preparer) {
        this.preparer = preparer;
    }

    /** The identifier quoting rules of the dialect. */
    public IdentifierPreparer preparer() {
        return preparer;
    }
}
