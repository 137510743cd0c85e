/**
 * The migration runner's state, as Alembic's {@code alembic.runtime}: the {@link
 * dev.athanor.migrate.runtime.MigrationContext} operations run in and the version table.
 */
package dev.athanor.migrate.runtime;
