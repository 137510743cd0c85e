package dev.athanor.actuate.migration;

import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.script.Script;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code athanor-migrations} endpoint, shaped like Spring Boot's {@code flyway} endpoint: the
 * revision(s) the database is at, the heads, and every revision with its state (applied, pending,
 * or unknown-to-scripts for a current revision the application does not have). Without Athanor's
 * migrations configured it reports {@code not-configured}. Nothing secret: ids, messages, graph.
 */
@Endpoint(id = "athanor-migrations")
public class AthanorMigrationsEndpoint {
    private final MigrationCommands commands;

    /** An endpoint over {@code commands}, or reporting {@code not-configured} when it is {@code null}. */
    public AthanorMigrationsEndpoint(MigrationCommands commands) {
        this.commands = commands;
    }

    /** An endpoint for an application without Athanor's migrations. */
    public AthanorMigrationsEndpoint() {
        this(null);
    }

    /** The migration state, read from the database now. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        if (commands == null) {
            return MigrationsDescriptor.NOT_CONFIGURED;
        }
        MigrationState state = MigrationState.of(commands);
        List<RevisionDescriptor> revisions = new ArrayList<>();
        state.applied().forEach(script -> revisions.add(RevisionDescriptor.of(script, "applied")));
        state.pending().forEach(script -> revisions.add(RevisionDescriptor.of(script, "pending")));
        state.unknown().forEach(id -> revisions.add(new RevisionDescriptor(id, null, List.of(), List.of(), List.of(),
                "unknown-to-scripts")));
        return new MigrationsDescriptor(state.status(), state.current(), state.heads(), state.pending().size(), revisions);
    }

    /**
     * The migration state of the database.
     *
     * @param status    {@code not-configured}, {@code up-to-date}, {@code pending} or {@code ahead-of-scripts}
     * @param current   the revisions the database is at (empty at base)
     * @param heads     the newest revision of each branch
     * @param pending   how many revisions are still to apply
     * @param revisions every revision, applied ones first, each oldest first
     */
    public record MigrationsDescriptor(String status, List<String> current, List<String> heads, int pending,
                                       List<RevisionDescriptor> revisions) {
        static final MigrationsDescriptor NOT_CONFIGURED = new MigrationsDescriptor("not-configured", List.of(),
                List.of(), 0, List.of());

        public MigrationsDescriptor {
            current = List.copyOf(current);
            heads = List.copyOf(heads);
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * One revision.
     *
     * @param revision      its id
     * @param message       its message ({@code null} when the scripts do not know it)
     * @param downRevisions the revisions it follows
     * @param branchLabels  its branch labels
     * @param dependsOn     the revisions it depends on without following them
     * @param state         {@code applied}, {@code pending} or {@code unknown-to-scripts}
     */
    public record RevisionDescriptor(String revision, String message, List<String> downRevisions,
                                     List<String> branchLabels, List<String> dependsOn, String state) {

        public RevisionDescriptor {
            downRevisions = List.copyOf(downRevisions);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
        }

        static RevisionDescriptor of(Script script, String state) {
            return new RevisionDescriptor(script.id(), script.message(), script.downRevisions(),
                    script.branchLabels(), script.dependsOn(), state);
        }
    }
}
