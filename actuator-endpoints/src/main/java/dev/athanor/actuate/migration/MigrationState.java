package dev.athanor.actuate.migration;

import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.script.RevisionMap;
import dev.athanor.migrate.script.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the database stands against the application's revisions, read from its version table.
 *
 * @param current the revision ids the database is at, sorted (none at base)
 * @param heads   the heads of the revision graph, sorted
 * @param applied the revisions at or below the current ones, oldest first
 * @param pending the revisions not applied yet, oldest first
 * @param unknown current ids no revision of the application has (a newer release upgraded the database)
 */
public record MigrationState(List<String> current, List<String> heads, List<Script> applied, List<Script> pending,
                             List<String> unknown) {

    public MigrationState {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
    }

    /** Reads the database's current revisions and places every revision of {@code commands}. */
    public static MigrationState of(MigrationCommands commands) {
        RevisionMap map = commands.revisionMap();
        Set<String> current = new TreeSet<>(commands.currentRevisionIds());
        List<String> known = current.stream().filter(id -> map.find(id) != null).toList();
        List<String> unknown = current.stream().filter(id -> map.find(id) == null).toList();
        Set<String> appliedIds = map.ancestors(known, true);
        List<Script> applied = new ArrayList<>();
        List<Script> pending = new ArrayList<>();
        for (Script script : map.topologicalOrder(map.scripts().stream().map(Script::id).toList())) {
            (appliedIds.contains(script.id()) ? applied : pending).add(script);
        }
        return new MigrationState(List.copyOf(current), map.heads().stream().map(Script::id).sorted().toList(),
                applied, pending, unknown);
    }

    /** {@code ahead-of-scripts}, {@code pending} or {@code up-to-date}. */
    public String status() {
        if (!unknown.isEmpty()) {
            return "ahead-of-scripts";
        }
        return pending.isEmpty() ? "up-to-date" : "pending";
    }

    /** The status, with the count when revisions are pending ({@code pending: 2}), as the health detail says it. */
    public String summary() {
        return pending.isEmpty() || !unknown.isEmpty() ? status() : "pending: " + pending.size();
    }
}
