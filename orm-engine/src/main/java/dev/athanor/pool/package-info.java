/**
 * Connection pooling: HikariCP configured from SQLAlchemy's pool options, plus the null and
 * static pools for scripts and in-memory databases, pool statistics and pool events.
 */
package dev.athanor.pool;
