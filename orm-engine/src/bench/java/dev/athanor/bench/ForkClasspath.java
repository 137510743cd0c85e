package dev.athanor.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Gives forked JVMs (JMH's, the small-heap check's) the benchmark classpath. JMH starts each fork with
 * {@code java.class.path}, which under {@code mvn exec:java} names Maven's launcher rather than the
 * project; the project's jars are then only in the context class loader, so they are copied over.
 */
public final class ForkClasspath {
    private ForkClasspath() {
    }

    /** Puts the benchmark classpath into {@code java.class.path} when it is not there yet. */
    public static void ensure() {
        String own = location(ForkClasspath.class);
        Set<String> entries = new LinkedHashSet<>();
        // absolute, so that an entry given relative to the working directory is recognised
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        if (own == null || entries.contains(own)) {
            return;
        }
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
             loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(path(url));
                }
            }
        }
        entries.add(own);
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }

    private static String location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : path(source.getLocation());
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.getPath();
        }
    }
}
