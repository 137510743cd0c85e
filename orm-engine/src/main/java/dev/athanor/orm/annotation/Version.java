package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integer field as the row's version counter for optimistic locking: it starts at 1,
 * every UPDATE increments it and adds {@code AND version = ?}, and a row changed by someone else
 * raises {@code StaleDataError}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
