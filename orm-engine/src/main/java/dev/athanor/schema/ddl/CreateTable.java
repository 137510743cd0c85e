package dev.athanor.schema.ddl;

import dev.athanor.schema.Table;
import java.util.List;
import java.util.Objects;

/** {@code CREATE TABLE}, followed by comment statements where the dialect sets comments separately. */
public record CreateTable(Table table) implements DdlElement {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitCreateTable(this);
    }
}
