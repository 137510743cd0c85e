/**
 * The workloads of issue 8, ported from SQLAlchemy's {@code examples/performance}: each class
 * owns its tables and offers the variants the available APIs allow.
 */
package dev.athanor.bench.workload;
