package dev.athanor.orm.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an {@link EnhancedAccess} method that receives, as a constant the enhancer
 * writes into the rewritten code, the name of the field being read or written.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AttributeName {
}
