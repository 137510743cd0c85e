/**
 * Rendering migration operations into each dialect's SQL, as Alembic's {@code alembic.ddl}: the
 * DDL elements of an operation go through the dialect's {@link dev.athanor.schema.ddl.DdlCompiler},
 * and {@link dev.athanor.migrate.ddl.TableRecreate} rebuilds a table where the database cannot alter it.
 */
package dev.athanor.migrate.ddl;
