/** An application whose revisions sit in the default place, its package's {@code migrations} subpackage. */
package dev.athanor.autoconfigure.migrate.app;
