/**
 * Async sessions in Spring: the {@link dev.athanor.asyncio.AsyncEngine} and
 * {@link dev.athanor.asyncio.AsyncSessionFactory} beans over the synchronous engine and factory (one
 * pool), and, in reactive (WebFlux) applications, the
 * {@link dev.athanor.autoconfigure.asyncio.AthanorReactiveTransactionManager} that binds an
 * {@link dev.athanor.asyncio.AsyncSession} to each reactive transaction, which
 * {@link dev.athanor.autoconfigure.asyncio.ReactiveSessions} hands to services.
 */
package dev.athanor.autoconfigure.asyncio;
