/** The sqlite dialect. */
package dev.athanor.dialect.sqlite;
