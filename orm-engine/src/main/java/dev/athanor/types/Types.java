package dev.athanor.types;

import dev.athanor.exc.ArgumentError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in types, named as in SQLAlchemy: {@code Types.INTEGER}, {@code Types.string(50)},
 * {@code Types.numeric(10, 2)}, {@code Types.dateTime(true)}.
 */
public final class Types {
    public static final SmallIntegerType SMALL_INTEGER = new SmallIntegerType();
    public static final IntegerType INTEGER = new IntegerType();
    public static final BigIntegerType BIG_INTEGER = new BigIntegerType();
    /** An unbounded {@code VARCHAR} where the dialect allows one. */
    public static final StringType STRING = new StringType(null, false);
    public static final TextType TEXT = new TextType(false);
    public static final StringType UNICODE = new StringType(null, true);
    public static final TextType UNICODE_TEXT = new TextType(true);
    public static final BooleanType BOOLEAN = new BooleanType();
    public static final FloatType FLOAT = new FloatType();
    public static final DoubleType DOUBLE = new DoubleType();
    public static final NumericType NUMERIC = new NumericType(null, null);
    public static final DateType DATE = new DateType();
    public static final TimeType TIME = new TimeType();
    public static final DateTimeType DATETIME = new DateTimeType();
    public static final DateTimeTzType DATETIME_TZ = new DateTimeTzType();
    public static final IntervalType INTERVAL = new IntervalType();
    /** JSON read into maps, lists and scalars. */
    public static final JsonType<Object> JSON = new JsonType<>(Object.class);
    public static final LargeBinaryType LARGE_BINARY = new LargeBinaryType();
    public static final UuidType UUID_TYPE = new UuidType();
    public static final NullType NULL = new NullType();

    private static final Map<Class<?>, SqlType<?>> BY_JAVA_CLASS = Map.ofEntries(
            Map.entry(Short.class, SMALL_INTEGER), Map.entry(short.class, SMALL_INTEGER),
            Map.entry(Integer.class, INTEGER), Map.entry(int.class, INTEGER),
            Map.entry(Long.class, BIG_INTEGER), Map.entry(long.class, BIG_INTEGER),
            Map.entry(String.class, STRING),
            Map.entry(Boolean.class, BOOLEAN), Map.entry(boolean.class, BOOLEAN),
            Map.entry(Float.class, FLOAT), Map.entry(float.class, FLOAT),
            Map.entry(Double.class, DOUBLE), Map.entry(double.class, DOUBLE),
            Map.entry(BigDecimal.class, NUMERIC),
            Map.entry(LocalDate.class, DATE),
            Map.entry(LocalTime.class, TIME),
            Map.entry(LocalDateTime.class, DATETIME),
            Map.entry(OffsetDateTime.class, DATETIME_TZ),
            Map.entry(Duration.class, INTERVAL),
            Map.entry(byte[].class, LARGE_BINARY),
            Map.entry(UUID.class, UUID_TYPE));

    private Types() {
    }

    /** {@code VARCHAR(length)}. */
    public static StringType string(int length) {
        return new StringType(length, false);
    }

    /** {@code NVARCHAR(length)} where the dialect distinguishes it, else {@code VARCHAR(length)}. */
    public static StringType unicode(int length) {
        return new StringType(length, true);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static NumericType numeric(int precision, int scale) {
        return new NumericType(precision, scale);
    }

    /** A timestamp, with time zone ({@link OffsetDateTime}) or without ({@link LocalDateTime}). */
    public static SqlType<?> dateTime(boolean timezone) {
        return timezone ? DATETIME_TZ : DATETIME;
    }

    /** A Java enum stored by constant name, its database type named after the class. */
    public static <E extends Enum<E>> EnumType<E> enumType(Class<E> enumClass) {
        return new EnumType<>(enumClass, enumClass.getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }

    /** A Java enum with an explicit database type name. */
    public static <E extends Enum<E>> EnumType<E> enumType(Class<E> enumClass, String name) {
        return new EnumType<>(enumClass, name);
    }

    /** JSON documents read into {@code javaType} with Jackson. */
    public static <T> JsonType<T> json(Class<T> javaType) {
        return new JsonType<>(javaType);
    }

    /**
     * The type SQLAlchemy would infer for a Java class: boxed and primitive numbers, strings,
     * {@code java.time}, {@link UUID}, {@code byte[]}, enums.
     *
     * @throws ArgumentError naming the class when no built-in type fits
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> SqlType<T> forJavaClass(Class<T> javaClass) {
        SqlType<?> type = BY_JAVA_CLASS.get(javaClass);
        if (type != null) {
            return (SqlType<T>) type;
        }
        if (javaClass.isEnum()) {
            return (SqlType<T>) enumType((Class) javaClass);
        }
        throw new ArgumentError("No SQL type for Java class " + javaClass.getName()
                + "; give the type explicitly (e.g. Types.json(" + javaClass.getSimpleName()
                + ".class) or a TypeDecorator)");
    }

    /** The type for a bound value: inferred from its class, {@link #NULL} for {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> SqlType<T> forValue(T value) {
        if (value == null) {
            return (SqlType<T>) NULL;
        }
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        return (SqlType<T>) forJavaClass(type);
    }
}
