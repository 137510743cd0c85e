/** Alembic's {@code op.*}: immutable migration operations and the {@code Operations} facade. */
package dev.athanor.migrate.operation;
