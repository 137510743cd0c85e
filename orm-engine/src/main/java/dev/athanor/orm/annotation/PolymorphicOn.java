package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the discriminator attribute of an {@link Inheritance} base class, SQLAlchemy's
 * {@code polymorphic_on}: a {@code String} field whose column holds each row's
 * {@link PolymorphicIdentity}. The session sets it on insert; loading reads it to pick the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolymorphicOn {
    /** The field name of the discriminator (for example {@code "type"}). */
    String value();
}
