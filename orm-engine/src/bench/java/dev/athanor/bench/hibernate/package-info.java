/**
 * Hibernate entities for the benchmark tables and the session factory built over the shared
 * pool, configured as a performance-minded Hibernate user would.
 */
package dev.athanor.bench.hibernate;
