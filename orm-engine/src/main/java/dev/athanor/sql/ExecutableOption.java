package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;

/**
 * An option a statement carries for the layer that runs it, such as the ORM's loader options
 * ({@code select(Author.class).options(selectinLoad(Author_.books))}). Core never interprets it
 * and renders no SQL for it, but it is part of the statement's cache key, because the layer that
 * runs the statement may send different SQL for it (a joined eager load adds a join).
 */
public interface ExecutableOption {

    /**
     * Appends what distinguishes this option: value-equal tokens such as strategy names and
     * attribute paths, never object identities, so that an equal option on a new statement of the
     * same shape finds the compilation already cached.
     */
    void appendCacheKey(CacheKey.Builder key);
}
