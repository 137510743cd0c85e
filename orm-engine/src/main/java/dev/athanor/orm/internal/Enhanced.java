package dev.athanor.orm.internal;

/**
 * Implemented by classes the build-time enhancer ({@code dev.athanor.orm.enhance.AthanorEnhancer})
 * rewrote: every instance, whether loaded or made with {@code new}, reports writes of its mapped
 * fields and reads of its relationship fields through {@link EnhancedAccess}. The registry does not
 * generate the runtime subclass for such classes.
 */
public interface Enhanced extends Instrumented {
}
