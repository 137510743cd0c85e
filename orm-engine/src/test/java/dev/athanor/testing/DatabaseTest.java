package dev.athanor.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A behaviour test written once and run on every test database (the compliance-suite idea of
 * SQLAlchemy's {@code testing/suite}). The method takes a {@link TestDb} parameter. Limit it with
 * {@link Requires} or {@link #only()}; never branch on the dialect inside the test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {
    /** Run only on these databases (empty: all). */
    TestDatabase[] only() default {};
}
