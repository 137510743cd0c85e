package dev.athanor.autoconfigure.migrate;

import dev.athanor.migrate.script.ScriptDirectory;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.env.Environment;

/**
 * The application's revisions: those of {@code athanor.migrations.package}, else of the first
 * {@code migrations} subpackage of the auto-configuration packages that holds any.
 *
 * @param packages  the packages looked in
 * @param directory the revisions found, in the package that holds them (the first looked in when none does)
 */
record MigrationScripts(List<String> packages, ScriptDirectory directory) {

    static MigrationScripts locate(Environment environment, BeanFactory beanFactory, ClassLoader loader) {
        String configured = AthanorMigrationsProperties.checkPackage(environment.getProperty("athanor.migrations.package"));
        List<String> packages = configured != null ? List.of(configured)
                : AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory).stream().map(p -> p + ".migrations").toList()
                : List.of();
        ScriptDirectory first = null;
        for (String packageName : packages) {
            ScriptDirectory directory = ScriptDirectory.scan(packageName, loader);
            if (!directory.revisionMap().isEmpty()) {
                return new MigrationScripts(packages, directory);
            }
            first = first == null ? directory : first;
        }
        return new MigrationScripts(packages, first == null ? ScriptDirectory.of(List.of()) : first);
    }

    boolean isEmpty() {
        return directory.revisionMap().isEmpty();
    }

    /** The package holding the revisions, for messages. */
    String packageName() {
        return directory.packageName() != null ? directory.packageName() : String.join(", ", packages);
    }
}
