/**
 * The migration command line, as Alembic's {@code alembic} script: {@code athanor db upgrade head},
 * {@code athanor db revision -m "…" --autogenerate}, built with picocli over
 * {@link dev.athanor.migrate.MigrationCommands}.
 */
package dev.athanor.migrate.cli;
