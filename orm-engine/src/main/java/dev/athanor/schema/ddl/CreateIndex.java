package dev.athanor.schema.ddl;

import dev.athanor.schema.Index;
import java.util.List;
import java.util.Objects;

/** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
public record CreateIndex(Index index) implements DdlElement {

    public CreateIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitCreateIndex(this);
    }
}
