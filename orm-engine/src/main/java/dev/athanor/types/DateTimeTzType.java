package dev.athanor.types;

import java.time.OffsetDateTime;

/** A timestamp with time zone ({@code DateTime(timezone=True)}), carried as {@link OffsetDateTime}; the instant is preserved, the offset may come back normalised (UTC) where the database stores instants. */
public record DateTimeTzType() implements SqlType<OffsetDateTime> {

    @Override
    public Class<OffsetDateTime> javaType() {
        return OffsetDateTime.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDateTimeTz(this);
    }
}
