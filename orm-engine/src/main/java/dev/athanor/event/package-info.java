/**
 * The listener machinery shared by every layer; the listener interfaces themselves live beside
 * what fires them ({@code PoolListener} in pool, {@code ExecutionListener} in engine).
 */
package dev.athanor.event;
