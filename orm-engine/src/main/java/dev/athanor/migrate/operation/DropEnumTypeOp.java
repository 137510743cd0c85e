package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropEnumType;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropEnumType}: PostgreSQL's {@code DROP TYPE name}; nothing elsewhere.
 *
 * @param name the type's name
 * @param labels the labels it had, so that the drop can be reversed; empty when unknown
 */
public record DropEnumTypeOp(String name, List<String> labels) implements SchemaOperation {

    public DropEnumTypeOp {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new DropEnumType(name));
    }

    @Override
    public CreateEnumTypeOp reverse() {
        if (labels.isEmpty()) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed without the type's labels;"
                    + " build it as new DropEnumTypeOp(name, labels)");
        }
        return new CreateEnumTypeOp(name, labels);
    }

    @Override
    public String describe() {
        return "dropEnumType(" + name + ")";
    }
}
