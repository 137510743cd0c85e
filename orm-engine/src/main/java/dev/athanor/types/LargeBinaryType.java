package dev.athanor.types;

/** Binary data of any size ({@code BLOB}/{@code BYTEA}), carried as {@code byte[]}. */
public record LargeBinaryType() implements SqlType<byte[]> {

    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitLargeBinary(this);
    }
}
