package dev.athanor.actuate.drift;

import dev.athanor.engine.Engine;
import dev.athanor.migrate.autogenerate.SchemaComparator;
import dev.athanor.migrate.autogenerate.SchemaDifference;
import dev.athanor.orm.Registry;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code athanor-drift} endpoint: what a migration would have to change to make the live
 * schema match the mapped tables, as autogenerate compares them. Empty when they are in sync.
 */
@Endpoint(id = "athanor-drift")
public class AthanorDriftEndpoint {
    private final Engine engine;
    private final Registry registry;
    private final String[] ignoredTables;

    /** An endpoint comparing the registry's MetaData with the engine's database. */
    public AthanorDriftEndpoint(Engine engine, Registry registry) {
        this(engine, registry, new String[0]);
    }

    /**
     * An endpoint comparing the registry's MetaData with the engine's database, not reporting
     * {@code ignoredTables} (the migrations' version table) as extra.
     */
    public AthanorDriftEndpoint(Engine engine, Registry registry, String... ignoredTables) {
        this.engine = engine;
        this.registry = registry;
        this.ignoredTables = ignoredTables.clone();
    }

    /** Every difference, read afresh. */
    @ReadOperation
    public DriftDescriptor drift() {
        return new DriftDescriptor(new SchemaComparator(engine.inspector()).ignoringTables(ignoredTables)
                .compare(registry.metadata()));
    }

    /**
     * The differences between mapping and database.
     *
     * @param differences each difference with its kind, table, subject and a sentence; empty when in sync
     */
    public record DriftDescriptor(List<SchemaDifference> differences) {

        public DriftDescriptor {
            differences = List.copyOf(differences);
        }
    }
}
