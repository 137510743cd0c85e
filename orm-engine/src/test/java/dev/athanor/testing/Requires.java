package dev.athanor.testing;

import dev.athanor.dialect.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link DatabaseTest} only on databases whose dialect has every listed capability; the
 * others show the test as skipped, naming the missing capability.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
    Capability[] value();
}
