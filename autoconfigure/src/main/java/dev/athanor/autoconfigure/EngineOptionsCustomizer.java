package dev.athanor.autoconfigure;

import dev.athanor.engine.EngineOptions;

/**
 * Callback to adjust the options of the auto-configured {@link dev.athanor.engine.Engine} beyond
 * {@code athanor.*} (driver properties, isolation level, compile cache size).
 */
@FunctionalInterface
public interface EngineOptionsCustomizer {

    /** Adjusts the builder, which already holds the values of {@code athanor.*}. */
    void customize(EngineOptions.Builder builder);
}
