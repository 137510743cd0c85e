package dev.athanor.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test slice for Athanor code, like {@code @DataJpaTest}: only Athanor's auto-configuration
 * (with the DataSource, JDBC and transaction ones it needs) and no components of the application,
 * an embedded database in place of any configured one (see
 * {@link AutoConfigureAthanorTestDatabase}), and each test in a transaction rolled back at its end.
 *
 * <pre>{@code
 * @AthanorTest
 * class NoteRepositoryTests {
 *     @Autowired Session session;
 *
 *     @Test
 *     void savesNotes() {
 *         session.add(new Note("draft"));   // gone after the test
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(AthanorTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(AthanorTypeExcludeFilter.class)
@Transactional
@AutoConfigureAthanor
@AutoConfigureAthanorTestDatabase
public @interface AthanorTest {

    /** Properties in {@code key=value} form added to the test's environment. */
    String[] properties() default {};

    /** Whether the application's {@code @SpringBootApplication} component scan filters apply. */
    boolean useDefaultFilters() default true;

    /** Components to add to the slice. */
    Filter[] includeFilters() default {};

    /** Components to leave out of the slice. */
    Filter[] excludeFilters() default {};

    /** Auto-configurations to leave out of the slice. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
