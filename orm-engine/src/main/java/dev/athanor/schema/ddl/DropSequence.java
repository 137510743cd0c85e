package dev.athanor.schema.ddl;

import dev.athanor.schema.Sequence;
import java.util.List;
import java.util.Objects;

/** {@code DROP SEQUENCE name}; nothing on databases without sequences. */
public record DropSequence(Sequence sequence) implements DdlElement {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropSequence(this);
    }
}
