/**
 * SQL types: immutable descriptions of what a column holds and the Java class that carries it.
 * Dialects decide DDL names and JDBC binding; {@link dev.athanor.types.Types} lists the built-ins.
 */
package dev.athanor.types;
