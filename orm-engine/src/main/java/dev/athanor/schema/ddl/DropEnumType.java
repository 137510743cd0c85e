package dev.athanor.schema.ddl;

import dev.athanor.types.EnumType;
import java.util.List;
import java.util.Objects;

/** {@code DROP TYPE name} on databases with named enum types; nothing elsewhere. */
public record DropEnumType(String name) implements DdlElement {

    public DropEnumType {
        Objects.requireNonNull(name, "name");
    }

    /** The named type of an enum column. */
    public DropEnumType(EnumType<?> type) {
        this(type.name());
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropEnumType(this);
    }
}
