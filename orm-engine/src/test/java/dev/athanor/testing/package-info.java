/** The test harness: one behaviour test run on every database, capability checks and SQL recording. */
package dev.athanor.testing;
