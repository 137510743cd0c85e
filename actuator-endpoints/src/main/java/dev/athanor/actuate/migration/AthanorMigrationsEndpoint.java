package dev.athanor.actuate.migration;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code athanor-migrations} endpoint: the current revision, the heads, and the applied and
 * pending revisions. Until Athanor's migrator is configured it reports {@code not-configured}.
 */
@Endpoint(id = "athanor-migrations")
public class AthanorMigrationsEndpoint {

    /** The migration state. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        return MigrationsDescriptor.NOT_CONFIGURED;
    }

    /**
     * The migration state of the database.
     *
     * @param status {@code not-configured}, {@code up-to-date} or {@code pending}
     * @param current the revision the database is at, or {@code null}
     * @param heads the newest revisions of each branch
     * @param applied the revisions applied, oldest first
     * @param pending the revisions still to apply, in order
     */
    public record MigrationsDescriptor(String status, String current, List<String> heads,
                                       List<RevisionDescriptor> applied, List<RevisionDescriptor> pending) {
        static final MigrationsDescriptor NOT_CONFIGURED = new MigrationsDescriptor("not-configured", null,
                List.of(), List.of(), List.of());

        public MigrationsDescriptor {
            heads = List.copyOf(heads);
            applied = List.copyOf(applied);
            pending = List.copyOf(pending);
        }
    }

    /** One revision: its id, the revisions it follows, and its message. */
    public record RevisionDescriptor(String revision, List<String> downRevisions, String message) {

        public RevisionDescriptor {
            downRevisions = List.copyOf(downRevisions);
        }
    }
}
