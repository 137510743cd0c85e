package dev.athanor.types;

/** A double-precision float ({@code DOUBLE PRECISION}), carried as {@link Double}. */
public record DoubleType() implements SqlType<Double> {

    @Override
    public Class<Double> javaType() {
        return Double.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDouble(this);
    }
}
