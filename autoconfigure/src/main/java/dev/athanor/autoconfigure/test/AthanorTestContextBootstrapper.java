package dev.athanor.autoconfigure.test;

import java.util.Arrays;
import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * Bootstraps {@link AthanorTest} contexts; while the test database replaces the configured one it
 * also blanks {@code athanor.url}, so the engine is built over the embedded DataSource.
 */
class AthanorTestContextBootstrapper extends TestSliceTestContextBootstrapper<AthanorTest> {

    @Override
    protected String[] getProperties(Class<?> testClass) {
        String[] properties = super.getProperties(testClass);
        MergedAnnotation<AutoConfigureAthanorTestDatabase> database = MergedAnnotations
                .from(testClass, SearchStrategy.TYPE_HIERARCHY).get(AutoConfigureAthanorTestDatabase.class);
        if (database.isPresent()
                && database.getEnum("replace", AutoConfigureAthanorTestDatabase.Replace.class)
                == AutoConfigureAthanorTestDatabase.Replace.NONE) {
            return properties;
        }
        String[] withBlankUrl = Arrays.copyOf(properties == null ? new String[0] : properties,
                properties == null ? 1 : properties.length + 1);
        withBlankUrl[withBlankUrl.length - 1] = "athanor.url=";
        return withBlankUrl;
    }
}
