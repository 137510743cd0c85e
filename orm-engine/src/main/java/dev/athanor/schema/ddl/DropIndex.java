package dev.athanor.schema.ddl;

import dev.athanor.schema.Index;
import java.util.List;
import java.util.Objects;

/** {@code DROP INDEX name}. */
public record DropIndex(Index index) implements DdlElement {

    public DropIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropIndex(this);
    }
}
