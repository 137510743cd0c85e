/** Auto-configuration of Athanor's migrations: upgrade at startup, command mode, failure reports. */
package dev.athanor.autoconfigure.migrate;
