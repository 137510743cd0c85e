package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Table} class as the base of a mapped class hierarchy, as SQLAlchemy's mapper
 * inheritance: its Java subclasses annotated {@link PolymorphicIdentity} are mapped too, and a
 * query for the base returns each row as the class its {@link PolymorphicOn} discriminator names.
 *
 * <pre>{@code
 * @Table("employee") @Inheritance(strategy = InheritanceType.JOINED) @PolymorphicOn("type")
 * @PolymorphicIdentity("employee")
 * class Employee { @Column(primaryKey = true) Integer id; String name; String type; }
 *
 * @Table("engineer") @PolymorphicIdentity("engineer")
 * class Engineer extends Employee { String engineerInfo; }   // engineer.id → employee.id is derived
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {
    /** Joined-table (a table per subclass) or single-table (one table for the hierarchy). */
    InheritanceType strategy() default InheritanceType.JOINED;
}
