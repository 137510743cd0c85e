package dev.athanor.types;

import java.time.LocalDateTime;

/** A timestamp without time zone, carried as {@link LocalDateTime}. */
public record DateTimeType() implements SqlType<LocalDateTime> {

    @Override
    public Class<LocalDateTime> javaType() {
        return LocalDateTime.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDateTime(this);
    }
}
