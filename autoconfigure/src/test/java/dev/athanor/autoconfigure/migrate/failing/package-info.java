/** Test revisions whose second fails on a table that does not exist. */
package dev.athanor.autoconfigure.migrate.failing;
