/** The {@code @AthanorTest} slice: Athanor's beans only, an embedded database, a rollback per test. */
package dev.athanor.autoconfigure.test;
