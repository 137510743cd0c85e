/**
 * Async access, as SQLAlchemy's {@code sqlalchemy.ext.asyncio}: {@link dev.athanor.asyncio.AsyncEngine},
 * {@link dev.athanor.asyncio.AsyncConnection}, {@link dev.athanor.asyncio.AsyncSession} and
 * {@link dev.athanor.asyncio.AsyncSessionFactory} return {@link java.util.concurrent.CompletableFuture}s
 * and stream through {@link java.util.concurrent.Flow.Publisher}s. They run the same synchronous
 * core (compile cache, identity map, unit of work, loaders) on the engine's executor, as
 * SQLAlchemy runs its synchronous core on greenlets: no logic is copied here. This package sits on
 * top of {@code orm}; nothing below it imports it.
 */
package dev.athanor.asyncio;
