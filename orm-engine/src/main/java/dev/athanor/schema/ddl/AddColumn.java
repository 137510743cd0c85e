package dev.athanor.schema.ddl;

import dev.athanor.schema.Column;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE t ADD COLUMN c …}: adds a column, written as in {@code CREATE TABLE}; {@code schema} may be null. */
public record AddColumn(String schema, String table, Column<?> column) implements DdlElement {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitAddColumn(this);
    }
}
