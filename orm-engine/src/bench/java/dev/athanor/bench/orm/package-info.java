/**
 * Athanor ORM entities for the benchmark tables, mapped with the library's own annotations, and
 * the session factory built over the shared pool.
 */
package dev.athanor.bench.orm;
