package dev.athanor.orm.internal;

import dev.athanor.exc.MappingError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the classes of a package and its subpackages on a class loader, in directories and jars,
 * without loading any class that is not asked for by name (sorted, so scans are repeatable).
 */
public final class ClassScanner {
    private ClassScanner() {
    }

    /** The names of the classes in {@code packageName} and below. */
    public static List<String> classNames(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    scanJar(root, path, names);
                } else if (root.getProtocol().equals("file")) {
                    scanDirectory(Paths.get(root.toURI()), packageName, names);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new MappingError("Cannot scan package '" + packageName + "': " + e.getMessage(), e);
        }
        return new ArrayList<>(names);
    }

    private static void scanDirectory(Path directory, String packageName, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void scanJar(URL root, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(path + "/") && name.endsWith(".class"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        }
    }
}
