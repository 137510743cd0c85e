package dev.athanor.autoconfigure.orm;

import dev.athanor.autoconfigure.AthanorProperties.SchemaAction;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.migrate.autogenerate.SchemaComparator;
import dev.athanor.migrate.autogenerate.SchemaDifference;
import dev.athanor.migrate.autogenerate.SchemaDifference.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs {@code athanor.schema.action} at startup: creates the mapped tables, drops them again at
 * shutdown ({@code create-drop}), or compares them with the live schema and fails listing every
 * difference ({@code validate}).
 */
public class AthanorSchemaInitializer implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.orm");
    /**
     * What the mapping relies on: its tables and columns with their types and nullability, and the
     * indexes, unique constraints and foreign keys it declares. What the database has in addition
     * (other tables, columns, indexes) is left alone, as Hibernate's validate does.
     */
    private static final Set<Kind> BREAKS_MAPPING = EnumSet.of(Kind.MISSING_TABLE, Kind.MISSING_COLUMN,
            Kind.TYPE_CHANGED, Kind.NULLABILITY_CHANGED, Kind.MISSING_INDEX, Kind.MISSING_UNIQUE_CONSTRAINT,
            Kind.MISSING_FOREIGN_KEY);

    private final Engine engine;
    private final Registry registry;
    private final SchemaAction action;

    /** An initializer that applies the action to the registry's tables on the engine's database. */
    public AthanorSchemaInitializer(Engine engine, Registry registry, SchemaAction action) {
        this.engine = engine;
        this.registry = registry;
        this.action = action;
    }

    @Override
    public void afterPropertiesSet() {
        switch (action) {
            case CREATE, CREATE_DROP -> {
                LOG.info("Creating {} mapped tables (athanor.schema.action={})", registry.metadata().tables().size(),
                        action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                registry.metadata().createAll(engine);
            }
            case VALIDATE -> {
                List<String> differences = differences();
                if (!differences.isEmpty()) {
                    throw new SchemaValidationException(differences);
                }
            }
            case NONE -> {
            }
        }
    }

    @Override
    public void destroy() {
        if (action == SchemaAction.CREATE_DROP) {
            registry.metadata().dropAll(engine);
        }
    }

    /**
     * Every way the live schema differs from the mapped tables that would break the mapping, one
     * sentence each: missing tables and columns, and nullability. Extra tables, columns and
     * indexes do not stop the application; {@link SchemaComparator} reports those too.
     */
    public List<String> differences() {
        return differences(engine, registry);
    }

    /** {@link #differences()} of {@code registry}'s tables on {@code engine}'s database. */
    public static List<String> differences(Engine engine, Registry registry) {
        return new SchemaComparator(engine.inspector()).compare(registry.metadata()).stream()
                .filter(difference -> BREAKS_MAPPING.contains(difference.kind()))
                .map(SchemaDifference::description)
                .toList();
    }
}
