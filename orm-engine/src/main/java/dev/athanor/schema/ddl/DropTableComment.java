package dev.athanor.schema.ddl;

import java.util.List;
import java.util.Objects;

/** Removes a table's comment ({@code COMMENT ON TABLE t IS NULL}); {@code schema} may be null. */
public record DropTableComment(String schema, String table) implements DdlElement {

    public DropTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropTableComment(this);
    }
}
