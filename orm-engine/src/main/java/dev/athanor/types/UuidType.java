package dev.athanor.types;

import java.util.UUID;

/** A UUID, native where the database has one, else {@code CHAR(36)}. */
public record UuidType() implements SqlType<UUID> {

    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitUuid(this);
    }
}
