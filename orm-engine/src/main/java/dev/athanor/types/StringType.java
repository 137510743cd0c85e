package dev.athanor.types;

import dev.athanor.exc.ArgumentError;

/**
 * A bounded string ({@code VARCHAR(n)}); {@code unicode} asks for a national character type on
 * dialects that distinguish one ({@code NVARCHAR} on SQL Server and Oracle).
 *
 * @param length the maximum length in characters, or {@code null} where the dialect allows none
 * @param unicode whether to use the national character type
 */
public record StringType(Integer length, boolean unicode) implements SqlType<String> {

    public StringType {
        if (length != null && length <= 0) {
            throw new ArgumentError("String length must be positive, got " + length);
        }
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitString(this);
    }
}
