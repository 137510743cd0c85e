/** Test revisions that create the {@code note} table the fixture maps, and a table beside it. */
package dev.athanor.autoconfigure.migrate.revisions;
