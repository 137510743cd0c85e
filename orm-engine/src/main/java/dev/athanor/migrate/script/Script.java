package dev.athanor.migrate.script;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One revision as found on the class path (Alembic's {@code Script}): its id, down revisions,
 * branch labels, dependencies and message, read from the {@link Revision} annotation of a
 * {@link Migration} class.
 */
public final class Script {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final String id;
    private final List<String> downRevisions;
    private final List<String> branchLabels;
    private final List<String> dependsOn;
    private final String message;
    private final Class<? extends Migration> migrationClass;

    private Script(Revision revision, Class<? extends Migration> migrationClass) {
        this.id = revision.id();
        this.downRevisions = nonBlank(revision.downRevision());
        this.branchLabels = nonBlank(revision.branchLabels());
        this.dependsOn = nonBlank(revision.dependsOn());
        this.message = revision.message();
        this.migrationClass = migrationClass;
        for (String name : concat()) {
            if (!NAME.matcher(name).matches()) {
                throw new RevisionError("Revision class " + migrationClass.getName() + " names '" + name + "' in its"
                        + " @Revision; ids and branch labels use only letters, digits and underscores");
            }
        }
    }

    /**
     * The script of a migration class.
     *
     * @throws RevisionError when the class is not annotated with {@link Revision} or does not implement
     *                       {@link Migration}
     */
    public static Script of(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type)) {
            throw new RevisionError("Class " + type.getName() + " is not a revision: annotate it with @Revision"
                    + " and implement dev.athanor.migrate.Migration");
        }
        return new Script(revision, type.asSubclass(Migration.class));
    }

    /** Whether a class is a revision ({@link Revision}-annotated {@link Migration}). */
    static boolean isRevision(Class<?> type) {
        return type.isAnnotationPresent(Revision.class) && Migration.class.isAssignableFrom(type);
    }

    private static List<String> nonBlank(String[] values) {
        return Arrays.stream(values).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private List<String> concat() {
        List<String> all = new java.util.ArrayList<>(downRevisions);
        all.add(id);
        all.addAll(branchLabels);
        all.addAll(dependsOn);
        return all;
    }

    /** A new instance of the migration, made through its no-argument constructor. */
    public Migration newMigration() {
        try {
            var constructor = migrationClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new RevisionError("Revision " + id + " (" + migrationClass.getName() + ") cannot be instantiated: "
                    + e + "; give it a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new RevisionError("The constructor of revision " + id + " (" + migrationClass.getName()
                    + ") failed: " + e.getCause());
        }
    }

    /** The revision id. */
    public String id() {
        return id;
    }

    /** The revisions this one follows: none for a base, several for a merge. */
    public List<String> downRevisions() {
        return downRevisions;
    }

    /** The branch labels this revision carries. */
    public List<String> branchLabels() {
        return branchLabels;
    }

    /** Revisions or branch labels that must be applied first, without being parents. */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** The revision message. */
    public String message() {
        return message;
    }

    /** The class that implements the revision. */
    public Class<? extends Migration> migrationClass() {
        return migrationClass;
    }

    /** Whether this revision has no down revision. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** Whether this revision merges several down revisions. */
    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }

    /** {@code id -> message}, as Alembic's one-line log entry. */
    @Override
    public String toString() {
        return String.join(", ", downRevisions.isEmpty() ? List.of("<base>") : downRevisions) + " -> " + id
                + (message.isEmpty() ? "" : ", " + message);
    }
}
