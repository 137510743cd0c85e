package dev.athanor.schema.ddl;

import dev.athanor.types.EnumType;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TYPE name AS ENUM ('A', 'B')} on databases with named enum types; nothing elsewhere.
 *
 * @param name the type's name
 * @param labels the labels in order
 */
public record CreateEnumType(String name, List<String> labels) implements DdlElement {

    public CreateEnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }

    /** The named type of an enum column. */
    public CreateEnumType(EnumType<?> type) {
        this(type.name(), type.labels());
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitCreateEnumType(this);
    }
}
