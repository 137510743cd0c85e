package dev.athanor.types;

/** A boolean; dialects without one store 0/1 (with a CHECK where that is their way). */
public record BooleanType() implements SqlType<Boolean> {

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitBoolean(this);
    }
}
