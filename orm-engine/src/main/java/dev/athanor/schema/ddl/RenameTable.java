package dev.athanor.schema.ddl;

import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE t RENAME TO n}; the table stays in its schema, which may be null. */
public record RenameTable(String schema, String table, String newName) implements DdlElement {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitRenameTable(this);
    }
}
