package dev.athanor.types;

import java.time.Duration;

/** A span of time, carried as {@link Duration}; stored natively on PostgreSQL and as microseconds elsewhere. */
public record IntervalType() implements SqlType<Duration> {

    @Override
    public Class<Duration> javaType() {
        return Duration.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitInterval(this);
    }
}
