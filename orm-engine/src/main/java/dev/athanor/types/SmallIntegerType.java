package dev.athanor.types;

/** A 16-bit integer ({@code SMALLINT}), carried as {@link Short}. */
public record SmallIntegerType() implements SqlType<Short> {

    @Override
    public Class<Short> javaType() {
        return Short.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitSmallInteger(this);
    }
}
