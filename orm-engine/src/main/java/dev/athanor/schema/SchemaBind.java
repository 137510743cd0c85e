package dev.athanor.schema;

import dev.athanor.exc.InvalidRequestError;
import java.util.function.Consumer;

/**
 * Something DDL can run on: an {@code Engine} or a {@code Connection}. It runs {@code work} on one
 * connection inside one transaction, handing it an executor that compiles each element with the
 * dialect's {@link dev.athanor.schema.ddl.DdlCompiler} and executes the resulting statements.
 */
public interface SchemaBind {
    /** Runs {@code work} on one connection inside one transaction. */
    void runDdl(Consumer<DdlExecutor> work);

    /**
     * Reflection of the database this bind reaches, for {@code metadata.reflect}. Engines and
     * connections answer; a bind that only runs DDL (a script writer) cannot.
     */
    default Inspector inspector() {
        throw new InvalidRequestError(getClass().getName() + " runs DDL but cannot reflect a database;"
                + " reflect through an Engine or Connection");
    }
}
