package dev.athanor.migrate.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered steps that move a database from its current heads to a target, through branches
 * and merges: an upgrade applies every ancestor of the target (dependencies included) not yet
 * applied, parents first; a downgrade removes every applied revision above the target, children
 * and dependents first.
 */
public final class MigrationPlan {
    private MigrationPlan() {
    }

    /** The upgrade steps from {@code current} to {@code targets}; empty when they are already applied. */
    public static List<MigrationStep> upgrade(RevisionMap map, Set<String> current, Set<String> targets) {
        Set<String> pending = new LinkedHashSet<>(map.ancestors(targets, true));
        pending.removeAll(map.ancestors(current, true));
        return map.topologicalOrder(pending).stream().map(s -> new MigrationStep(s, true)).toList();
    }

    /**
     * The downgrade steps from {@code current} to {@code targets} ({@code base} when empty).
     *
     * @throws ResolutionError when a target is not applied, so there is nothing to go back to
     */
    public static List<MigrationStep> downgrade(RevisionMap map, Set<String> current, Set<String> targets) {
        Set<String> applied = map.ancestors(current, true);
        Set<String> removed;
        if (targets.isEmpty()) {
            removed = new LinkedHashSet<>(applied);
        } else {
            for (String target : targets) {
                if (!applied.contains(target)) {
                    throw new ResolutionError("Cannot downgrade to " + target + ": it is not applied (the database is"
                            + " at " + current + "); use 'upgrade' to go forward", target);
                }
            }
            Set<String> above = new LinkedHashSet<>(map.descendants(targets, false));
            above.removeAll(targets);
            removed = new LinkedHashSet<>(map.descendants(above, true));
            removed.retainAll(applied);
        }
        List<MigrationStep> steps = new ArrayList<>();
        map.topologicalOrder(removed).forEach(s -> steps.add(new MigrationStep(s, false)));
        Collections.reverse(steps);
        return List.copyOf(steps);
    }
}
