/** Two revisions, the second failing at its third statement, for the failure tests. */
package dev.athanor.migrate.failing;
