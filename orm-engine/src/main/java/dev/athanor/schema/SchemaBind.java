package dev.athanor.schema;

import java.util.function.Consumer;

/**
 * Something DDL can run on: an {@code Engine} or a {@code Connection}. It runs {@code work} on one
 * connection inside one transaction, handing it an executor that compiles each element with the
 * dialect's {@link dev.athanor.schema.ddl.DdlCompiler} and executes the resulting statements.
 */
public interface SchemaBind {
    void runDdl(Consumer<DdlExecutor> work);
}
