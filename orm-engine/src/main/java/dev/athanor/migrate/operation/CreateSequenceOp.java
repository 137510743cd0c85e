package dev.athanor.migrate.operation;

import dev.athanor.schema.Sequence;
import dev.athanor.schema.ddl.CreateSequence;
import dev.athanor.schema.ddl.DdlElement;
import java.util.List;
import java.util.Objects;

/** {@code op.createSequence}: {@code CREATE SEQUENCE s START WITH 1 INCREMENT BY 1}; nothing where there are no sequences. */
public record CreateSequenceOp(Sequence sequence) implements SchemaOperation {

    public CreateSequenceOp {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new CreateSequence(sequence));
    }

    @Override
    public DropSequenceOp reverse() {
        return new DropSequenceOp(sequence);
    }

    @Override
    public String describe() {
        return "createSequence(" + SchemaObjects.qualified(sequence.schema(), sequence.name()) + ")";
    }
}
