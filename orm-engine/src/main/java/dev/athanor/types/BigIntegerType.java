package dev.athanor.types;

/** A 64-bit integer ({@code BIGINT}), carried as {@link Long}. */
public record BigIntegerType() implements SqlType<Long> {

    @Override
    public Class<Long> javaType() {
        return Long.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitBigInteger(this);
    }
}
