package dev.athanor.schema.ddl;

import dev.athanor.schema.Constraint;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE t DROP CONSTRAINT name}; the constraint must have a name. */
public record DropConstraint(Constraint constraint) implements DdlElement {

    public DropConstraint {
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropConstraint(this);
    }
}
