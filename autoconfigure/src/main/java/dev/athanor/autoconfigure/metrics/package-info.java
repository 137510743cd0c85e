/** Micrometer meters for Athanor's engine, pool and sessions. */
package dev.athanor.autoconfigure.metrics;
