package dev.athanor.maven;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader the goals run the command in: the project's runtime classpath (its compiled
 * revisions and entities, its JDBC drivers, its own Athanor) over the JDK's platform classes, so
 * nothing of Maven's own class realm leaks into the application's classes. SLF4J is the one
 * exception: it is taken from the plugin's realm, where Maven binds it to the build log, so the
 * application's logging backend (a Spring Boot project's Logback, unconfigured outside Spring)
 * does not print at DEBUG into the build.
 */
final class ProjectClassLoader extends URLClassLoader {
    private static final String LOGGING_API = "org.slf4j.";

    private final ClassLoader pluginRealm;

    ProjectClassLoader(URL[] classpath, ClassLoader pluginRealm) {
        super("athanor-project", classpath, ClassLoader.getPlatformClassLoader());
        this.pluginRealm = pluginRealm;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(LOGGING_API)) {
            return pluginRealm.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
