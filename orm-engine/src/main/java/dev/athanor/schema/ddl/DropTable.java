package dev.athanor.schema.ddl;

import dev.athanor.schema.Table;
import java.util.List;
import java.util.Objects;

/** {@code DROP TABLE}. */
public record DropTable(Table table) implements DdlElement {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropTable(this);
    }
}
