/**
 * Workload 8: JMH microbenchmarks of the per-call costs under the workloads (statement building,
 * compiling, the compile cache, session open/close), with HikariCP getConnection/close as the anchor.
 */
package dev.athanor.bench.micro;
