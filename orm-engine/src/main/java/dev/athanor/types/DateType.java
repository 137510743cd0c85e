package dev.athanor.types;

import java.time.LocalDate;

/** A calendar date, carried as {@link LocalDate}. */
public record DateType() implements SqlType<LocalDate> {

    @Override
    public Class<LocalDate> javaType() {
        return LocalDate.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDate(this);
    }
}
