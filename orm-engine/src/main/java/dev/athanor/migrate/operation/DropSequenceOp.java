package dev.athanor.migrate.operation;

import dev.athanor.schema.Sequence;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropSequence;
import java.util.List;
import java.util.Objects;

/** {@code op.dropSequence}: {@code DROP SEQUENCE s}; its reverse recreates it with the same start and step. */
public record DropSequenceOp(Sequence sequence) implements SchemaOperation {

    public DropSequenceOp {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new DropSequence(sequence));
    }

    @Override
    public CreateSequenceOp reverse() {
        return new CreateSequenceOp(sequence);
    }

    @Override
    public String describe() {
        return "dropSequence(" + SchemaObjects.qualified(sequence.schema(), sequence.name()) + ")";
    }
}
