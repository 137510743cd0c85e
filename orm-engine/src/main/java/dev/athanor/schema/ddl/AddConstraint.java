package dev.athanor.schema.ddl;

import dev.athanor.schema.Constraint;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE t ADD CONSTRAINT …}, used for foreign keys marked {@code useAlter}. */
public record AddConstraint(Constraint constraint) implements DdlElement {

    public AddConstraint {
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitAddConstraint(this);
    }
}
