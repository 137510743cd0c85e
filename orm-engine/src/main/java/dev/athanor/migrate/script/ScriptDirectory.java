package dev.athanor.migrate.script;

import dev.athanor.orm.internal.ClassScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Where revisions are found, as Alembic's {@code ScriptDirectory} over its {@code versions/}
 * folder: the {@link dev.athanor.migrate.Revision} classes of a package on the class path, or an
 * explicit list of classes, and the {@link RevisionMap} they form.
 *
 * <pre>{@code
 * ScriptDirectory scripts = ScriptDirectory.scan("com.example.migrations");
 * }</pre>
 */
public final class ScriptDirectory {
    private final String packageName;
    private final RevisionMap revisionMap;

    private ScriptDirectory(String packageName, List<Script> scripts) {
        this.packageName = packageName;
        this.revisionMap = new RevisionMap(scripts);
    }

    /**
     * The revisions in a package and its subpackages, found on the thread's context class loader.
     * A package without revisions gives an empty graph, as a fresh Alembic {@code versions/} does.
     */
    public static ScriptDirectory scan(String packageName) {
        return scan(packageName, Thread.currentThread().getContextClassLoader());
    }

    /** The revisions in a package and its subpackages, found on {@code loader}. */
    public static ScriptDirectory scan(String packageName, ClassLoader loader) {
        List<Script> scripts = new ArrayList<>();
        for (String name : ClassScanner.classNames(loader, packageName)) {
            Class<?> candidate;
            try {
                candidate = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new RevisionError("Cannot load class " + name + " while looking for revisions in package '"
                        + packageName + "': " + e);
            }
            if (Script.isRevision(candidate)) {
                scripts.add(Script.of(candidate));
            }
        }
        return new ScriptDirectory(packageName, scripts);
    }

    /** The revisions of these classes, each a {@link dev.athanor.migrate.Revision}-annotated migration. */
    public static ScriptDirectory of(List<Class<?>> classes) {
        String packageName = classes.isEmpty() ? null : classes.get(0).getPackageName();
        return new ScriptDirectory(packageName, classes.stream().map(Script::of).toList());
    }

    /** The package revisions were found in (that of the first class for an explicit list), or {@code null}. */
    public String packageName() {
        return packageName;
    }

    /** The graph of the revisions. */
    public RevisionMap revisionMap() {
        return revisionMap;
    }
}
