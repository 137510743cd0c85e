package dev.athanor.types;

/**
 * One method per kind of type; dialects implement it to render DDL names and to build binders,
 * so adding a type is a compile error in every dialect until each one handles it.
 */
public interface TypeVisitor<R> {
    R visitSmallInteger(SmallIntegerType type);

    R visitInteger(IntegerType type);

    R visitBigInteger(BigIntegerType type);

    R visitString(StringType type);

    R visitText(TextType type);

    R visitBoolean(BooleanType type);

    R visitFloat(FloatType type);

    R visitDouble(DoubleType type);

    R visitNumeric(NumericType type);

    R visitDate(DateType type);

    R visitTime(TimeType type);

    R visitDateTime(DateTimeType type);

    R visitDateTimeTz(DateTimeTzType type);

    R visitInterval(IntervalType type);

    R visitJson(JsonType<?> type);

    R visitLargeBinary(LargeBinaryType type);

    R visitEnum(EnumType<?> type);

    R visitUuid(UuidType type);

    R visitNull(NullType type);

    /** Custom types: by default a dialect treats them as their implementation type. */
    default R visitDecorator(TypeDecorator<?, ?> type) {
        return type.impl().accept(this);
    }
}
