/**
 * The benchmark harness (issue 8): runs SQLAlchemy's {@code examples/performance} workloads with
 * raw JDBC, Athanor, Hibernate and jOOQ side by side in one JVM and reports time, allocation and
 * statement counts. Never part of the test command; built only by the {@code bench} profile.
 */
package dev.athanor.bench;
