package dev.athanor.migrate.operation;

import dev.athanor.migrate.runtime.MigrationContext;

/**
 * The {@code op} object a migration receives, as Alembic's {@code alembic.op}: each method builds
 * an immutable operation and runs it in the {@link MigrationContext}.
 */
public class Operations {
    private final MigrationContext context;

    /** Operations that run in {@code context}. */
    public Operations(MigrationContext context) {
        this.context = context;
    }

    /** The context the operations run in. */
    public MigrationContext context() {
        return context;
    }
}
