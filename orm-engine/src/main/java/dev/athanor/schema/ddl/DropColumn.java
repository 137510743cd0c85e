package dev.athanor.schema.ddl;

import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE t DROP COLUMN c}; {@code schema} may be null. */
public record DropColumn(String schema, String table, String column) implements DdlElement {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropColumn(this);
    }
}
