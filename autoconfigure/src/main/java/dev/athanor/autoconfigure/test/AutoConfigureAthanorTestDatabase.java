package dev.athanor.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Runs Athanor tests on an embedded database (H2, HSQLDB or Derby, whichever is on the class
 * path) in place of the application's DataSource and {@code athanor.url}; put
 * {@code @AutoConfigureAthanorTestDatabase(replace = Replace.NONE)} on a test class to keep them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("athanor.test.database")
public @interface AutoConfigureAthanorTestDatabase {

    /** Which database the test uses. */
    Replace replace() default Replace.ANY;

    /** Whether the configured database is replaced. */
    enum Replace {
        /** Replace the DataSource and {@code athanor.url}, however they were configured. */
        ANY,
        /** Use the database the application configures. */
        NONE
    }
}
