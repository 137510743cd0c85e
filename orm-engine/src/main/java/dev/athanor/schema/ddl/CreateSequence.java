package dev.athanor.schema.ddl;

import dev.athanor.schema.Sequence;
import java.util.List;
import java.util.Objects;

/** {@code CREATE SEQUENCE name START WITH n INCREMENT BY m}; nothing on databases without sequences. */
public record CreateSequence(Sequence sequence) implements DdlElement {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitCreateSequence(this);
    }
}
