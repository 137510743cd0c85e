package dev.athanor.types;

import dev.athanor.exc.ArgumentError;
import java.math.BigDecimal;

/**
 * An exact decimal ({@code NUMERIC(p, s)}), carried as {@link BigDecimal} so no digit is lost.
 *
 * @param precision total digits, or {@code null} for the database's default
 * @param scale digits after the point, or {@code null} for the database's default
 */
public record NumericType(Integer precision, Integer scale) implements SqlType<BigDecimal> {

    public NumericType {
        if (precision != null && precision <= 0) {
            throw new ArgumentError("Numeric precision must be positive, got " + precision);
        }
        if (scale != null && (scale < 0 || (precision != null && scale > precision))) {
            throw new ArgumentError("Numeric scale must be between 0 and the precision ("
                    + precision + "), got " + scale);
        }
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitNumeric(this);
    }
}
