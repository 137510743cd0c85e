/**
 * Migrations, as Alembic: {@link dev.athanor.migrate.Migration} classes annotated with {@link
 * dev.athanor.migrate.Revision}, their graph, the operations they run and the commands that run them.
 */
package dev.athanor.migrate;
