/** A test revision that creates the note table without the title the mapping needs. */
package dev.athanor.autoconfigure.migrate.partial;
