package dev.athanor.migrate.operation;

import dev.athanor.schema.ddl.CreateEnumType;
import dev.athanor.schema.ddl.DdlElement;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createEnumType}: PostgreSQL's {@code CREATE TYPE name AS ENUM ('A', 'B')}; nothing on
 * databases without named enum types, which store enums as strings.
 *
 * @param name the type's name
 * @param labels the labels in order
 */
public record CreateEnumTypeOp(String name, List<String> labels) implements SchemaOperation {

    public CreateEnumTypeOp {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new CreateEnumType(name, labels));
    }

    @Override
    public DropEnumTypeOp reverse() {
        return new DropEnumTypeOp(name, labels);
    }

    @Override
    public String describe() {
        return "createEnumType(" + name + labels + ")";
    }
}
