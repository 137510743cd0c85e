package dev.athanor.migrate;

import dev.athanor.migrate.operation.Operations;

/**
 * One revision's schema change, as an Alembic revision script's {@code upgrade()} and
 * {@code downgrade()}. Implementations are annotated with {@link Revision} and live in the
 * application's migrations package (Alembic's {@code versions/} directory).
 */
public interface Migration {
    /** Moves the schema forward from the down revision(s) to this revision. */
    void upgrade(Operations op);

    /** The exact inverse of {@link #upgrade}: moves the schema back to the down revision(s). */
    void downgrade(Operations op);
}
