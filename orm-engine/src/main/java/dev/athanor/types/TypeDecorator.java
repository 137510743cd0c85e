package dev.athanor.types;

/**
 * A custom type stored as a built-in one, like SQLAlchemy's {@code TypeDecorator}: subclasses say
 * which type stores the value and convert in both directions. Conversions see only non-null
 * values.
 *
 * <pre>{@code
 * final class MoneyType extends TypeDecorator<Money, BigDecimal> {
 *     MoneyType() { super(Money.class, Types.numeric(19, 4)); }
 *     protected BigDecimal toDatabase(Money m) { return m.amount(); }
 *     protected Money fromDatabase(BigDecimal d) { return new Money(d); }
 * }
 * }</pre>
 *
 * @param <T> the Java type the application sees
 * @param <I> the Java type of the implementation type
 */
public abstract class TypeDecorator<T, I> implements SqlType<T> {
    private final Class<T> javaType;
    private final SqlType<I> impl;

    protected TypeDecorator(Class<T> javaType, SqlType<I> impl) {
        this.javaType = javaType;
        this.impl = impl;
    }

    /** The type that stores the values. */
    public final SqlType<I> impl() {
        return impl;
    }

    @Override
    public final Class<T> javaType() {
        return javaType;
    }

    /** Converts an application value into the implementation type's value. */
    protected abstract I toDatabase(T value);

    /** Converts a value read from the database into the application's value. */
    protected abstract T fromDatabase(I value);

    /** Null-safe {@link #toDatabase}, for dialect binders. */
    public final I processBind(T value) {
        return value == null ? null : toDatabase(value);
    }

    /** Null-safe {@link #fromDatabase}, for dialect binders. */
    public final T processResult(I value) {
        return value == null ? null : fromDatabase(value);
    }

    @Override
    public final <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDecorator(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + impl + ")";
    }
}
