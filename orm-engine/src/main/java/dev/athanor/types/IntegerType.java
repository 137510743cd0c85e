package dev.athanor.types;

/** A 32-bit integer ({@code INTEGER}), carried as {@link Integer}. */
public record IntegerType() implements SqlType<Integer> {

    @Override
    public Class<Integer> javaType() {
        return Integer.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitInteger(this);
    }
}
