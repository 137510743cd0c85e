package dev.athanor.types;

/**
 * Unbounded text ({@code TEXT}/{@code CLOB}).
 *
 * @param unicode whether to use the national character type where the dialect distinguishes one
 */
public record TextType(boolean unicode) implements SqlType<String> {

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
