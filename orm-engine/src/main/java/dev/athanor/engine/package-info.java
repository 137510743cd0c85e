/**
 * Engines, connections, transactions and results: where compiled statements meet JDBC.
 * Start with {@link dev.athanor.Athanor#createEngine(String)}.
 */
package dev.athanor.engine;
