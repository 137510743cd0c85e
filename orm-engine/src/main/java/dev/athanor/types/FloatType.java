package dev.athanor.types;

/** A single-precision float ({@code REAL}), carried as {@link Float}. */
public record FloatType() implements SqlType<Float> {

    @Override
    public Class<Float> javaType() {
        return Float.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitFloat(this);
    }
}
