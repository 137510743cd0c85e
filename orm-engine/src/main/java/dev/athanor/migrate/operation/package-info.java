/**
 * Alembic's {@code op.*}: one immutable operation record per operation ({@code CreateTableOp},
 * {@code AlterColumnOp}, {@code CreateForeignKeyOp} …, named as Alembic's {@code ops.py}), each
 * with {@code reverse()} where Alembic has one, and the {@link dev.athanor.migrate.operation.Operations}
 * facade whose methods build and run them. Schema operations become DDL elements that
 * {@code migrate.ddl} renders through the dialect's DDL compiler.
 */
package dev.athanor.migrate.operation;
