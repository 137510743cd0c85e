package dev.athanor.migrate.runtime;

import dev.athanor.migrate.script.MigrationStep;
import java.util.List;
import java.util.Set;

/**
 * What one run did: the heads the database was at, the steps applied in order, and the heads it
 * is at now.
 */
public record MigrationRun(Set<String> headsBefore, List<MigrationStep> steps, Set<String> headsAfter) {
    public MigrationRun {
        headsBefore = Set.copyOf(headsBefore);
        steps = List.copyOf(steps);
        headsAfter = Set.copyOf(headsAfter);
    }
}
