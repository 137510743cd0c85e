/** Revisions using an autocommit block, for PostgreSQL's {@code CREATE INDEX CONCURRENTLY}. */
package dev.athanor.migrate.concurrently;
