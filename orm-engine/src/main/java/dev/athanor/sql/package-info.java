/**
 * The SQL expression language: immutable statement trees built through {@code Sql}, compiled per
 * dialect by {@link dev.athanor.sql.compiler.SqlCompiler} and cached by shape.
 */
package dev.athanor.sql;
