/** The cheat sheet's Alembic walk-through: a {@code Book} entity and the revision autogenerate makes for it. */
package dev.athanor.examples.migrations.books;
