/**
 * Autogenerate, as Alembic's {@code alembic.autogenerate}: comparing the tables a {@code MetaData}
 * declares with the live schema an {@code Inspector} reflects, and listing what a migration would
 * have to change.
 */
package dev.athanor.migrate.autogenerate;
