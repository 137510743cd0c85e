package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A check constraint inside {@link Table#checks()}: {@code @Check("price >= 0")}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Check {
    /** The condition, rendered verbatim. */
    String value();

    /** The constraint name; empty lets the naming convention name it. */
    String name() default "";
}
