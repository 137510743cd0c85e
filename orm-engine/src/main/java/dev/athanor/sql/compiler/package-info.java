/**
 * Compilation of expression trees into {@link dev.athanor.sql.compiler.CompiledSql}: the visitor
 * dialects subclass, identifier quoting, cache keys and the bounded compile cache.
 */
package dev.athanor.sql.compiler;
