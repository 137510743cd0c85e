package dev.athanor.schema.ddl;

import dev.athanor.types.EnumType;
import java.util.List;
import java.util.Objects;

/** {@code CREATE TYPE name AS ENUM ('A', 'B')} on databases with named enum types; nothing elsewhere. */
public record CreateEnumType(EnumType<?> type) implements DdlElement {

    public CreateEnumType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitCreateEnumType(this);
    }
}
