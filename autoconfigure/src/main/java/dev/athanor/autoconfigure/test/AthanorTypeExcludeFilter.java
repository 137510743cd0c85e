package dev.athanor.autoconfigure.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Leaves the application's components out of an {@link AthanorTest} unless the test includes them. */
final class AthanorTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<AthanorTest> {

    AthanorTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
