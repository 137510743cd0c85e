/** A WebFlux application whose services run in reactive transactions on async sessions. */
package dev.athanor.autoconfigure.asyncio.app;
