package dev.athanor.schema.ddl;

import dev.athanor.types.EnumType;
import java.util.List;
import java.util.Objects;

/** {@code DROP TYPE name} on databases with named enum types; nothing elsewhere. */
public record DropEnumType(EnumType<?> type) implements DdlElement {

    public DropEnumType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitDropEnumType(this);
    }
}
