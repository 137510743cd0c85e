/** The revisions of {@link dev.athanor.autoconfigure.migrate.app.MigratingApplication}, found without configuration. */
package dev.athanor.autoconfigure.migrate.app.migrations;
