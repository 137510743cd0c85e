/** The {@code athanor-migrations} endpoint: the state of the database's migrations. */
package dev.athanor.actuate.migration;
