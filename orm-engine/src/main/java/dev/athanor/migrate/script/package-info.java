/**
 * Revision scripts and their graph, as Alembic's {@code alembic.script}: discovering the
 * {@link dev.athanor.migrate.Revision} classes, the {@link dev.athanor.migrate.script.RevisionMap}
 * (heads, branches, merges, dependencies), resolving targets such as {@code head} or
 * {@code label@+1}, and the ordered steps of an upgrade or downgrade.
 */
package dev.athanor.migrate.script;
