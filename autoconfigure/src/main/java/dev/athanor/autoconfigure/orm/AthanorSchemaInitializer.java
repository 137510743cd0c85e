package dev.athanor.autoconfigure.orm;

import dev.athanor.autoconfigure.AthanorProperties.SchemaAction;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.Table;
import dev.athanor.schema.reflect.ColumnInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** Every way the live schema differs from the mapped tables, one sentence each. */
    public List<String> differences() {
        Inspector inspector = engine.inspector();
        List<String> differences = new ArrayList<>();
        for (Table table : registry.metadata().tables()) {
            if (!inspector.hasTable(table.schema(), table.name())) {
                differences.add("table '" + table.key() + "' is missing");
                continue;
            }
            Map<String, ColumnInfo> live = inspector.columns(table.schema(), table.name()).stream()
                    .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
            for (Column<?> column : table.columns()) {
                ColumnInfo info = live.get(column.name().toLowerCase(Locale.ROOT));
                String name = table.key() + "." + column.name();
                if (info == null) {
                    differences.add("column '" + name + "' is missing");
                } else if (!column.isNullable() && info.nullable() && !column.isPrimaryKey()) {
                    differences.add("column '" + name + "' is mapped NOT NULL but allows NULL in the database");
                } else if (column.isNullable() && !info.nullable() && !column.isPrimaryKey()) {
                    differences.add("column '" + name + "' is NOT NULL in the database but mapped as nullable");
                }
            }
        }
        return differences;
    }
}
