package dev.athanor.types;

import java.time.LocalTime;

/** A time of day without zone, carried as {@link LocalTime}. */
public record TimeType() implements SqlType<LocalTime> {

    @Override
    public Class<LocalTime> javaType() {
        return LocalTime.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitTime(this);
    }
}
