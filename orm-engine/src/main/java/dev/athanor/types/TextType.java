package dev.athanor.types;

/**
 * Unbounded text ({@code TEXT}/{@code CLOB}).
 *
 * @param unicode whether to use the national character type where the dialect distinguishes one
 */
public record TextType(boolean unicode) implements SqlType<String> {

    /**
     * Non-national {@code TEXT}; the constructor {@code @Column(type = TextType.class)} uses to map a
     * {@code String} field as unbounded text (SQLAlchemy's {@code mapped_column(Text)}), which
     * MySQL and MariaDB need where a {@code VARCHAR} must have a length.
     */
    public TextType() {
        this(false);
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
