package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The discriminator value of one class of an {@link Inheritance} hierarchy, SQLAlchemy's
 * {@code polymorphic_identity}. On a subclass it also marks the class as mapped: a single-table
 * subclass has this annotation and no {@code @Table}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolymorphicIdentity {
    /** The value stored in the discriminator column for rows of this class. */
    String value();
}
