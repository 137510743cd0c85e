package dev.athanor.dialect;

import dev.athanor.exc.ArgumentError;
import dev.athanor.types.BigIntegerType;
import dev.athanor.types.BooleanType;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DateType;
import dev.athanor.types.DoubleType;
import dev.athanor.types.EnumType;
import dev.athanor.types.FloatType;
import dev.athanor.types.IntegerType;
import dev.athanor.types.IntervalType;
import dev.athanor.types.JsonType;
import dev.athanor.types.LargeBinaryType;
import dev.athanor.types.NullType;
import dev.athanor.types.NumericType;
import dev.athanor.types.SmallIntegerType;
import dev.athanor.types.SqlType;
import dev.athanor.types.StringType;
import dev.athanor.types.TextType;
import dev.athanor.types.TimeType;
import dev.athanor.types.TypeDecorator;
import dev.athanor.types.TypeVisitor;
import dev.athanor.types.UuidType;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JDBC 4.2 way to bind each type, which H2, PostgreSQL and MariaDB follow; dialects subclass
 * it and override only the types their driver handles differently. Every binder reads SQL NULL
 * as {@code null}, also for primitive getters, which report NULL only through {@code wasNull()}.
 */
public class StandardBinders implements TypeVisitor<JdbcBinder<?>> {

    /** Sets one non-null parameter value. */
    @FunctionalInterface
    protected interface Setter<T> {
        void set(PreparedStatement statement, int index, T value) throws SQLException;
    }

    /** Reads one column value; primitive getters may return 0 for NULL (checked with wasNull). */
    @FunctionalInterface
    protected interface Getter<T> {
        T get(ResultSet resultSet, int index) throws SQLException;
    }

    /**
     * A binder from a setter and a getter: {@code null} binds as {@code setNull(sqlType)}, and a
     * value the driver flags with {@code wasNull()} reads as {@code null}.
     */
    protected static <T> JdbcBinder<T> binder(int sqlType, Setter<T> setter, Getter<T> getter) {
        return new JdbcBinder<>() {
            @Override
            public void bind(PreparedStatement statement, int index, T value) throws SQLException {
                if (value == null) {
                    statement.setNull(index, sqlType);
                } else {
                    setter.set(statement, index, value);
                }
            }

            @Override
            public T read(ResultSet resultSet, int index) throws SQLException {
                T value = getter.get(resultSet, index);
                return resultSet.wasNull() ? null : value;
            }
        };
    }

    /** Binds through {@code setObject}/{@code getObject(i, Class)}, the JDBC 4.2 mapping. */
    protected static <T> JdbcBinder<T> objectBinder(Class<T> javaType, int sqlType) {
        return binder(sqlType, (s, i, v) -> s.setObject(i, v, sqlType), (r, i) -> r.getObject(i, javaType));
    }

    /**
     * A binder that sends values as text and parses them back, for types a database stores as
     * text. {@code untyped} sends the text with {@code Types.OTHER}, so a server that has the real
     * type (PostgreSQL's {@code jsonb}, enums, intervals) casts it on arrival.
     */
    protected static <T> JdbcBinder<T> viaText(Function<T, String> toText, Function<String, T> fromText,
                                               boolean untyped) {
        int sqlType = untyped ? Types.OTHER : Types.VARCHAR;
        Setter<T> setter = untyped
                ? (s, i, v) -> s.setObject(i, toText.apply(v), sqlType)
                : (s, i, v) -> s.setString(i, toText.apply(v));
        return binder(sqlType, setter, (r, i) -> {
            String text = r.getString(i);
            return text == null ? null : fromText.apply(text);
        });
    }

    @Override
    public JdbcBinder<?> visitSmallInteger(SmallIntegerType type) {
        return StandardBinders.<Object>binder(Types.SMALLINT,
                (s, i, v) -> s.setShort(i, (short) integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT")),
                ResultSet::getShort);
    }

    @Override
    public JdbcBinder<?> visitInteger(IntegerType type) {
        return StandardBinders.<Object>binder(Types.INTEGER,
                (s, i, v) -> s.setInt(i, (int) integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER")),
                ResultSet::getInt);
    }

    @Override
    public JdbcBinder<?> visitBigInteger(BigIntegerType type) {
        return StandardBinders.<Object>binder(Types.BIGINT,
                (s, i, v) -> s.setLong(i, integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT")), ResultSet::getLong);
    }

    /**
     * An integer parameter as a {@code long}, whatever integral class holds it: a key read as
     * {@code Long} may be bound to an {@code INTEGER} column, as DBAPI drivers take any Python int.
     * A value that does not fit the column's type is refused rather than wrapped around.
     */
    protected static long integral(Object value, long min, long max, String sqlType) {
        long exact;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            exact = ((Number) value).longValue();
        } else if (value instanceof BigInteger big && big.bitLength() < 64) {
            exact = big.longValue();
        } else {
            throw new ArgumentError("Cannot bind " + value.getClass().getSimpleName() + " " + value + " as " + sqlType
                    + ": give an integral value (Integer, Long, Short, Byte or BigInteger)");
        }
        if (exact < min || exact > max) {
            throw new ArgumentError("Value " + exact + " is out of range for " + sqlType + " [" + min + ", " + max
                    + "]; declare the column with a wider type");
        }
        return exact;
    }

    @Override
    public JdbcBinder<?> visitString(StringType type) {
        return stringBinder();
    }

    @Override
    public JdbcBinder<?> visitText(TextType type) {
        return stringBinder();
    }

    /** Strings and text share one binder; dialects with CLOB quirks override this. */
    protected JdbcBinder<String> stringBinder() {
        return binder(Types.VARCHAR, PreparedStatement::setString, ResultSet::getString);
    }

    @Override
    public JdbcBinder<?> visitBoolean(BooleanType type) {
        return binder(Types.BOOLEAN, PreparedStatement::setBoolean, ResultSet::getBoolean);
    }

    @Override
    public JdbcBinder<?> visitFloat(FloatType type) {
        return binder(Types.REAL, PreparedStatement::setFloat, ResultSet::getFloat);
    }

    @Override
    public JdbcBinder<?> visitDouble(DoubleType type) {
        return binder(Types.DOUBLE, PreparedStatement::setDouble, ResultSet::getDouble);
    }

    @Override
    public JdbcBinder<?> visitNumeric(NumericType type) {
        return binder(Types.NUMERIC, PreparedStatement::setBigDecimal, ResultSet::getBigDecimal);
    }

    @Override
    public JdbcBinder<?> visitDate(DateType type) {
        return objectBinder(LocalDate.class, Types.DATE);
    }

    @Override
    public JdbcBinder<?> visitTime(TimeType type) {
        return objectBinder(LocalTime.class, Types.TIME);
    }

    @Override
    public JdbcBinder<?> visitDateTime(DateTimeType type) {
        return objectBinder(LocalDateTime.class, Types.TIMESTAMP);
    }

    @Override
    public JdbcBinder<?> visitDateTimeTz(DateTimeTzType type) {
        return objectBinder(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** Intervals as whole microseconds in a BIGINT, where the database has no interval type. */
    @Override
    public JdbcBinder<?> visitInterval(IntervalType type) {
        JdbcBinder<Long> micros = binder(Types.BIGINT, PreparedStatement::setLong, ResultSet::getLong);
        return binder(Types.BIGINT, (s, i, v) -> micros.bind(s, i, v.toNanos() / 1_000), (r, i) -> {
            Long value = micros.read(r, i);
            return value == null ? null : Duration.of(value, ChronoUnit.MICROS);
        });
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitJson(JsonType<?> type) {
        JsonType json = type;
        return viaText(json::encode, json::decode, false);
    }

    @Override
    public JdbcBinder<?> visitLargeBinary(LargeBinaryType type) {
        return binder(Types.BINARY, PreparedStatement::setBytes, ResultSet::getBytes);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitEnum(EnumType<?> type) {
        EnumType enumType = type;
        return viaText(value -> ((Enum<?>) value).name(), enumType::fromLabel, false);
    }

    /** UUIDs as their 36-character text, where the database has no UUID type. */
    @Override
    public JdbcBinder<?> visitUuid(UuidType type) {
        return viaText(UUID::toString, UUID::fromString, false);
    }

    @Override
    public JdbcBinder<?> visitNull(NullType type) {
        return binder(Types.NULL, PreparedStatement::setObject, ResultSet::getObject);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitDecorator(TypeDecorator<?, ?> type) {
        TypeDecorator decorator = type;
        JdbcBinder impl = (JdbcBinder) ((SqlType) decorator.impl()).accept(this);
        return new JdbcBinder<Object>() {
            @Override
            public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
                impl.bind(statement, index, decorator.processBind(value));
            }

            @Override
            public Object read(ResultSet resultSet, int index) throws SQLException {
                return decorator.processResult(impl.read(resultSet, index));
            }
        };
    }
}
