package dev.athanor.migrate;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.autogenerate.AutogenerateOptions;
import dev.athanor.migrate.autogenerate.MigrationProducer;
import dev.athanor.migrate.autogenerate.SchemaComparator;
import dev.athanor.migrate.operation.MigrateOperation;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.runtime.MigrationRun;
import dev.athanor.migrate.runtime.MigrationRunner;
import dev.athanor.migrate.script.GeneratedRevision;
import dev.athanor.migrate.script.MigrationPlan;
import dev.athanor.migrate.script.MigrationStep;
import dev.athanor.migrate.script.RevisionGenerator;
import dev.athanor.migrate.script.RevisionMap;
import dev.athanor.migrate.script.RevisionResolver;
import dev.athanor.migrate.script.Script;
import dev.athanor.migrate.script.ScriptDirectory;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The migration commands, as Alembic's {@code command} module: the one API the command line,
 * the Maven plugin and Spring Boot call.
 *
 * <pre>{@code
 * MigrationCommands commands = new MigrationCommands(engine, ScriptDirectory.scan("com.example.migrations"),
 *         MigrationOptions.defaults());
 * commands.upgrade("head");
 * commands.history("base:heads", true);
 * commands.upgrade("base:head", sqlWriter);   // offline: the SQL, not run
 * }</pre>
 *
 * <p>Targets are Alembic's ({@link RevisionResolver}): {@code head}, {@code heads}, {@code base},
 * ids and unique prefixes, branch labels, {@code +2} / {@code -1}, {@code label@head},
 * {@code rev@+1}. Offline commands need only a dialect, so scripts can be rendered for a database
 * that cannot be reached.
 */
public final class MigrationCommands {
    private final Engine engine;
    private final Dialect dialect;
    private final RevisionMap map;
    private final RevisionResolver resolver;
    private final MigrationRunner runner;
    private final MigrationOptions options;

    /** Commands running on {@code engine}'s database. */
    public MigrationCommands(Engine engine, ScriptDirectory scripts, MigrationOptions options) {
        this(engine, engine.dialect(), scripts, options);
    }

    private MigrationCommands(Engine engine, Dialect dialect, ScriptDirectory scripts, MigrationOptions options) {
        this.engine = engine;
        this.dialect = dialect;
        this.map = scripts.revisionMap();
        this.resolver = new RevisionResolver(map);
        this.runner = new MigrationRunner(map, options);
        this.options = options;
    }

    /** Commands without a database: the offline ({@code --sql}) and graph commands only. */
    public static MigrationCommands offline(Dialect dialect, ScriptDirectory scripts, MigrationOptions options) {
        return new MigrationCommands(null, dialect, scripts, options);
    }

    // ---- running ----------------------------------------------------------------------------

    /** Applies every revision up to {@code target}. */
    public MigrationRun upgrade(String target) {
        return run(before -> MigrationPlan.upgrade(map, before, resolver.resolve(target, before)));
    }

    /** Reverts every applied revision above {@code target}. */
    public MigrationRun downgrade(String target) {
        return run(before -> MigrationPlan.downgrade(map, before, resolver.resolve(target, before)));
    }

    /**
     * Records {@code target} as the current revision without running migrations; heads on other
     * branches stay. {@code purge} empties the version table first, which also clears revisions
     * the scripts no longer know.
     */
    public MigrationRun stamp(String target, boolean purge) {
        try (Connection connection = connect()) {
            return runner.stamp(connection, before -> {
                Set<String> targets = resolver.resolve(target, purge ? Set.of() : before);
                if (purge || targets.isEmpty()) {
                    return targets;
                }
                Set<String> heads = new TreeSet<>(before);
                heads.removeAll(map.ancestors(targets, false));
                heads.removeAll(map.descendants(targets, false));
                heads.addAll(targets);
                return heads;
            }, purge);
        }
    }

    /** Writes the SQL of an upgrade to {@code sqlOutput}: {@code target}, or {@code from:to} to start elsewhere than base. */
    public void upgrade(String range, Writer sqlOutput) {
        String[] bounds = splitRange(range);
        Set<String> start = resolver.resolve(bounds[0], Set.of());
        runner.writeScript(dialect, sqlOutput, start,
                MigrationPlan.upgrade(map, start, resolver.resolve(bounds[1], start)));
    }

    /** Writes the SQL of a downgrade {@code from:to} (e.g. {@code head:base}) to {@code sqlOutput}. */
    public void downgrade(String range, Writer sqlOutput) {
        if (!range.contains(":")) {
            throw new InvalidRequestError("An offline downgrade needs a range 'from:to' such as 'head:base', since"
                    + " there is no database to read the current revision from; got '" + range + "'");
        }
        String[] bounds = splitRange(range);
        Set<String> start = resolver.resolve(bounds[0], Set.of());
        runner.writeScript(dialect, sqlOutput, start,
                MigrationPlan.downgrade(map, start, resolver.resolve(bounds[1], start)));
    }

    private MigrationRun run(Function<Set<String>, List<MigrationStep>> planner) {
        try (Connection connection = connect()) {
            return runner.run(connection, planner);
        }
    }

    // ---- reporting --------------------------------------------------------------------------

    /** The revisions the database is at (none before the first upgrade). */
    public List<RevisionInfo> current() {
        Set<String> heads = currentHeads();
        resolver.requireKnown(heads);
        return heads.stream().map(id -> info(map.find(id), heads)).toList();
    }

    /**
     * The revisions of a range {@code lower:upper} (either side may be omitted: base and heads),
     * newest first, as {@code alembic history -r}; {@code indicateCurrent} marks the database's
     * current revisions, reading them from the database.
     */
    public List<RevisionInfo> history(String range, boolean indicateCurrent) {
        String[] bounds = splitRange(range == null ? ":" : range);
        boolean needsDatabase = indicateCurrent || range != null && (range.contains("current")
                || range.matches(".*(^|:)[+-].*"));
        Set<String> current = needsDatabase ? currentHeads() : Set.of();
        Set<String> lower = resolver.resolve(bounds[0], current);
        Set<String> revisions = new LinkedHashSet<>(map.ancestors(resolver.resolve(bounds[1], current), false));
        if (!lower.isEmpty()) {
            revisions.retainAll(map.descendants(lower, false));
        }
        List<Script> ordered = new ArrayList<>(map.topologicalOrder(revisions));
        Collections.reverse(ordered);
        Set<String> marked = indicateCurrent ? current : Set.of();
        return ordered.stream().map(s -> info(s, marked)).toList();
    }

    /**
     * The revision ids the database's version table holds, as they are: unlike {@link #current()}
     * this also returns ids the scripts do not know (a database upgraded by a newer release).
     */
    public Set<String> currentRevisionIds() {
        return currentHeads();
    }

    /** The graph of the revisions these commands run. */
    public RevisionMap revisionMap() {
        return map;
    }

    /** The heads of the revision graph. */
    public List<RevisionInfo> heads() {
        return map.heads().stream().map(s -> info(s, Set.of())).toList();
    }

    /** The revisions that more than one revision follows. */
    public List<RevisionInfo> branches() {
        return map.branchPoints().stream().map(s -> info(s, Set.of())).toList();
    }

    /** One revision, by id, prefix, label or any single target such as {@code head}. */
    public RevisionInfo show(String revision) {
        Set<String> ids = resolver.resolve(revision, Set.of());
        if (ids.size() != 1) {
            throw new InvalidRequestError("'" + revision + "' names " + ids.size() + " revisions; show takes one");
        }
        return info(map.find(ids.iterator().next()), Set.of());
    }

    // ---- writing revisions ------------------------------------------------------------------

    /**
     * Writes a new empty revision class into {@code packageName} under {@code sourceRoot}, following
     * {@code head} ({@code head} for the single head, a revision, or {@code base} for a new root).
     */
    public GeneratedRevision revision(Path sourceRoot, String packageName, String message, String head,
                                      String branchLabel, List<String> dependsOn) {
        return revision(sourceRoot, packageName, message, head, branchLabel, dependsOn, true, null);
    }

    /**
     * Writes a new revision whose {@code upgrade} brings the database to {@code autogenerate}'s
     * target and whose {@code downgrade} is its exact inverse, as {@code alembic revision
     * --autogenerate}; the database must be at the head first, as Alembic requires.
     */
    public GeneratedRevision revision(Path sourceRoot, String packageName, String message, String head,
                                      String branchLabel, List<String> dependsOn, AutogenerateOptions autogenerate) {
        return revision(sourceRoot, packageName, message, head, branchLabel, dependsOn, true, autogenerate);
    }

    /**
     * Writes a new revision following {@code head}, autogenerated when {@code autogenerate} is not
     * {@code null}. Without {@code splice}, {@code head} must name heads only, as Alembic's
     * {@code --splice} guard: following an older revision starts a new branch.
     */
    public GeneratedRevision revision(Path sourceRoot, String packageName, String message, String head,
                                      String branchLabel, List<String> dependsOn, boolean splice,
                                      AutogenerateOptions autogenerate) {
        Set<String> follows = resolver.resolve(head == null ? "head" : head, Set.of());
        if (!splice) {
            for (String id : follows) {
                if (!map.children(id).isEmpty()) {
                    throw new InvalidRequestError("Revision " + id + " is not a head revision; pass splice (--splice)"
                            + " to start a new branch from it");
                }
            }
        }
        List<String> down = new ArrayList<>(new TreeSet<>(follows));
        List<String> labels = branchLabel == null || branchLabel.isBlank() ? List.of() : List.of(branchLabel);
        RevisionGenerator generator = new RevisionGenerator(sourceRoot, packageName);
        String id = RevisionGenerator.newId(map);
        if (autogenerate == null) {
            return generator.write(id, down, labels, dependsOn, message);
        }
        List<MigrateOperation> upgrade = pendingOperations(autogenerate);
        return generator.write(id, down, labels, dependsOn, message, upgrade,
                MigrationProducer.downgradeOperations(upgrade), dialect);
    }

    /**
     * The operations autogenerate would write for the database to match the target (Alembic's
     * {@code produce_migrations}), in the order they would run; empty when they are in sync. The
     * version table is never among them.
     *
     * @throws InvalidRequestError when the database is not at the head revisions, since the
     *                             differences would then include migrations not yet applied
     */
    public List<MigrateOperation> pendingOperations(AutogenerateOptions autogenerate) {
        try (Connection connection = connect()) {
            Set<String> current = runner.currentHeads(connection);
            Set<String> heads = new TreeSet<>();
            map.heads().forEach(script -> heads.add(script.id()));
            if (!current.equals(heads)) {
                throw new InvalidRequestError("Target database is not up to date: it is at " + current
                        + " but the revisions' heads are " + heads + "; run upgrade first");
            }
            SchemaComparator comparator = new SchemaComparator(connection.inspector())
                    .ignoringTables(options.versionTable()).including(autogenerate.include())
                    .comparingTypes(autogenerate.compareTypes())
                    .comparingServerDefaults(autogenerate.compareServerDefaults())
                    .comparingComments(dialect.supports(Capability.COMMENTS));
            return new MigrationProducer(connection, comparator).upgradeOperations(autogenerate.target());
        }
    }

    /**
     * Alembic's {@code check}: passes when autogenerate would write nothing.
     *
     * @throws AutogenerateDiffsDetected listing the operations a new revision would hold
     */
    public void check(AutogenerateOptions autogenerate) {
        List<MigrateOperation> pending = pendingOperations(autogenerate);
        if (!pending.isEmpty()) {
            throw new AutogenerateDiffsDetected(pending);
        }
    }

    /** Writes a merge revision following every revision {@code revisions} names (e.g. {@code heads}). */
    public GeneratedRevision merge(Path sourceRoot, String packageName, List<String> revisions, String message) {
        Set<String> down = new TreeSet<>();
        revisions.forEach(r -> down.addAll(resolver.resolve(r, Set.of())));
        if (down.size() < 2) {
            throw new InvalidRequestError("A merge needs at least two revisions; " + revisions + " names " + down);
        }
        return new RevisionGenerator(sourceRoot, packageName)
                .write(RevisionGenerator.newId(map), List.copyOf(down), List.of(), List.of(), message);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Set<String> currentHeads() {
        try (Connection connection = connect()) {
            return runner.currentHeads(connection);
        }
    }

    private Connection connect() {
        if (engine == null) {
            throw new InvalidRequestError("These commands were made for offline use (" + dialect.name() + " SQL"
                    + " output) and have no database; create them with an Engine to run migrations");
        }
        return engine.connect();
    }

    private RevisionInfo info(Script script, Set<String> current) {
        return new RevisionInfo(script.id(), script.downRevisions(), script.branchLabels(), script.dependsOn(),
                script.message(), script.migrationClass().getName(), map.children(script.id()).isEmpty(),
                map.children(script.id()).size() > 1, script.isMergePoint(), current.contains(script.id()));
    }

    /** {@code lower:upper}, either side defaulting to base and heads; a bare target is the upper side. */
    private static String[] splitRange(String range) {
        int colon = range.indexOf(':');
        String lower = colon < 0 ? "" : range.substring(0, colon).trim();
        String upper = range.substring(colon + 1).trim();
        return new String[] {lower.isEmpty() ? "base" : lower, upper.isEmpty() ? "heads" : upper};
    }
}
