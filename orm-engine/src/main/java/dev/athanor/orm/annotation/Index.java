package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index inside {@link Table#indexes()}, naming columns by column name. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** The column names, in order. */
    String[] columns();

    /** The index name; empty lets the naming convention name it. */
    String name() default "";

    /** Whether the index is unique. */
    boolean unique() default false;
}
