package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unique constraint inside {@link Table#uniqueConstraints()}, naming columns by column name. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Unique {
    /** The column names. */
    String[] columns();

    /** The constraint name; empty lets the naming convention name it. */
    String name() default "";
}
