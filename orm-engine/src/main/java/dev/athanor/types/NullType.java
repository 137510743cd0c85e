package dev.athanor.types;

/** The type of a value whose type is not known (a bare {@code null} bound without a type). */
public record NullType() implements SqlType<Object> {

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitNull(this);
    }
}
