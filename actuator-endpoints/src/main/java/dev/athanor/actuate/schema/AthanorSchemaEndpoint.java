package dev.athanor.actuate.schema;

import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import dev.athanor.engine.Engine;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code athanor-schema} endpoint: every table of the live database with its columns, keys,
 * indexes and constraints, read afresh through the engine's Inspector on each call.
 */
@Endpoint(id = "athanor-schema")
public class AthanorSchemaEndpoint {
    private final SchemaReader reader;

    /** An endpoint reading the engine's default schema. */
    public AthanorSchemaEndpoint(Engine engine) {
        this.reader = new SchemaReader(engine);
    }

    /** Every table. */
    @ReadOperation
    public SchemaDescriptor schema() {
        return reader.read();
    }

    /** One table, or {@code null} (a 404 over HTTP) when the database has no table of that name. */
    @ReadOperation
    public @Nullable TableDescriptor table(@Selector String table) {
        return reader.readTable(table);
    }

    /** The schema as a Mermaid {@code erDiagram}. */
    public String mermaid() {
        return MermaidDiagram.render(reader.read().tables());
    }

    /** The schema as a standalone SVG ER diagram. */
    public String svg() {
        return SvgDiagram.render(reader.read().tables());
    }
}
