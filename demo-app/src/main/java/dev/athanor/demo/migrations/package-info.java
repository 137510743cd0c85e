/**
 * The bookstore's schema as Alembic-style revisions, applied at startup by Athanor's Spring Boot
 * integration (this is the default {@code migrations} subpackage of the application's package):
 * the tables, then {@code book.published_on} and, on a branch of its own, an index for review
 * lookups by reviewer, joined again by a merge revision.
 */
package dev.athanor.demo.migrations;
