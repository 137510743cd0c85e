package dev.athanor.autoconfigure.orm;

import dev.athanor.orm.Registry;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds {@code @Table} classes below the auto-configuration packages with Spring's classpath
 * scanner, so an application without entities gets an empty registry instead of a failure.
 */
final class EntityScan {

    private EntityScan() {
    }

    static Registry scanOrEmpty(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = EntityScan.class.getClassLoader();
        for (String packageName : packages) {
            scanner.findCandidateComponents(packageName).forEach(candidate ->
                    classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), loader)));
        }
        return Registry.of(classes.stream().distinct().toArray(Class<?>[]::new));
    }
}
