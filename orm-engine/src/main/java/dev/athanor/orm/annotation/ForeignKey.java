package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the field's column reference another table's column:
 * {@code @ForeignKey(value = "department.id", onDelete = "CASCADE") Integer deptId;}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The target, {@code "table.column"} or {@code "schema.table.column"}. */
    String value();

    /** {@code ON DELETE} action ({@code CASCADE}, {@code SET NULL}, {@code RESTRICT}, …); empty for none. */
    String onDelete() default "";

    /** {@code ON UPDATE} action; empty for none. */
    String onUpdate() default "";

    /** The constraint name; empty lets the naming convention name it. */
    String name() default "";
}
