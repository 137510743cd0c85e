package dev.athanor.migrate.runtime;

import dev.athanor.migrate.script.MigrationStep;
import dev.athanor.migrate.script.RevisionMap;
import dev.athanor.migrate.script.Script;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The heads of a run as its steps apply (Alembic's {@code HeadMaintainer}): an upgrade replaces
 * the heads it follows, a merge replaces several, a revision branching off an older revision adds
 * a head; a downgrade puts back each down revision no remaining head already follows.
 */
final class VersionHeads {
    private final RevisionMap map;
    private Set<String> heads;

    VersionHeads(RevisionMap map, Set<String> initial) {
        this.map = map;
        this.heads = new TreeSet<>(initial);
    }

    Set<String> heads() {
        return Set.copyOf(heads);
    }

    /** Records the step in the version table and returns the heads it leaves. */
    Set<String> apply(MigrationStep step, VersionTable table, MigrationContext context) {
        Set<String> next = after(step);
        table.change(context, heads, next);
        heads = next;
        return heads();
    }

    private Set<String> after(MigrationStep step) {
        Script script = step.script();
        Set<String> next = new TreeSet<>(heads);
        if (step.upgrade()) {
            next.removeAll(map.ancestors(List.of(script.id()), false));
            next.add(script.id());
            return next;
        }
        next.remove(script.id());
        for (String down : script.downRevisions()) {
            boolean followed = next.stream().anyMatch(h -> map.ancestors(List.of(h), false).contains(down));
            if (!followed) {
                next.add(down);
            }
        }
        return next;
    }
}
