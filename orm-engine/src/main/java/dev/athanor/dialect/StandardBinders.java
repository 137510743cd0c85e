package dev.athanor.dialect;

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
import java.math.BigDecimal;
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
 * as {@code null}, including for primitives-backed getters ({@code wasNull}).
 */
public class StandardBinders implements TypeVisitor<JdbcBinder<?>> {

    @Override
    public JdbcBinder<?> visitSmallInteger(SmallIntegerType type) {
        return new JdbcBinder<Short>() {
            public void bind(PreparedStatement s, int i, Short v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.SMALLINT);
                } else {
                    s.setShort(i, v);
                }
            }

            public Short read(ResultSet r, int i) throws SQLException {
                short v = r.getShort(i);
                return r.wasNull() ? null : v;
            }
        };
    }

    @Override
    public JdbcBinder<?> visitInteger(IntegerType type) {
        return new JdbcBinder<Integer>() {
            public void bind(PreparedStatement s, int i, Integer v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.INTEGER);
                } else {
                    s.setInt(i, v);
                }
            }

            public Integer read(ResultSet r, int i) throws SQLException {
                int v = r.getInt(i);
                return r.wasNull() ? null : v;
            }
        };
    }

    @Override
    public JdbcBinder<?> visitBigInteger(BigIntegerType type) {
        return new JdbcBinder<Long>() {
            public void bind(PreparedStatement s, int i, Long v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.BIGINT);
                } else {
                    s.setLong(i, v);
                }
            }

            public Long read(ResultSet r, int i) throws SQLException {
                long v = r.getLong(i);
                return r.wasNull() ? null : v;
            }
        };
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
        return new JdbcBinder<>() {
            public void bind(PreparedStatement s, int i, String v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.VARCHAR);
                } else {
                    s.setString(i, v);
                }
            }

            public String read(ResultSet r, int i) throws SQLException {
                return r.getString(i);
            }
        };
    }

    @Override
    public JdbcBinder<?> visitBoolean(BooleanType type) {
        return new JdbcBinder<Boolean>() {
            public void bind(PreparedStatement s, int i, Boolean v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.BOOLEAN);
                } else {
                    s.setBoolean(i, v);
                }
            }

            public Boolean read(ResultSet r, int i) throws SQLException {
                boolean v = r.getBoolean(i);
                return r.wasNull() ? null : v;
            }
        };
    }

    @Override
    public JdbcBinder<?> visitFloat(FloatType type) {
        return new JdbcBinder<Float>() {
            public void bind(PreparedStatement s, int i, Float v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.REAL);
                } else {
                    s.setFloat(i, v);
                }
            }

            public Float read(ResultSet r, int i) throws SQLException {
                float v = r.getFloat(i);
                return r.wasNull() ? null : v;
            }
        };
    }

    @Override
    public JdbcBinder<?> visitDouble(DoubleType type) {
        return new JdbcBinder<Double>() {
            public void bind(PreparedStatement s, int i, Double v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.DOUBLE);
                } else {
                    s.setDouble(i, v);
                }
            }

            public Double read(ResultSet r, int i) throws SQLException {
                double v = r.getDouble(i);
                return r.wasNull() ? null : v;
            }
        };
    }

    @Override
    public JdbcBinder<?> visitNumeric(NumericType type) {
        return new JdbcBinder<BigDecimal>() {
            public void bind(PreparedStatement s, int i, BigDecimal v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.NUMERIC);
                } else {
                    s.setBigDecimal(i, v);
                }
            }

            public BigDecimal read(ResultSet r, int i) throws SQLException {
                return r.getBigDecimal(i);
            }
        };
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

    /** Binds through {@code setObject}/{@code getObject(i, Class)}, the JDBC 4.2 mapping. */
    protected static <T> JdbcBinder<T> objectBinder(Class<T> javaType, int sqlType) {
        return new JdbcBinder<>() {
            public void bind(PreparedStatement s, int i, T v) throws SQLException {
                if (v == null) {
                    s.setNull(i, sqlType);
                } else {
                    s.setObject(i, v, sqlType);
                }
            }

            public T read(ResultSet r, int i) throws SQLException {
                return r.getObject(i, javaType);
            }
        };
    }

    /**
     * A binder that sends values as text and parses them back, for types a database stores as
     * text. {@code untyped} sends the text with {@code Types.OTHER}, so a server that has the real
     * type (PostgreSQL's {@code jsonb}, enums, intervals) casts it on arrival.
     */
    protected static <T> JdbcBinder<T> viaText(Function<T, String> toText, Function<String, T> fromText,
                                               boolean untyped) {
        int sqlType = untyped ? Types.OTHER : Types.VARCHAR;
        return new JdbcBinder<>() {
            public void bind(PreparedStatement s, int i, T v) throws SQLException {
                if (v == null) {
                    s.setNull(i, sqlType);
                } else if (untyped) {
                    s.setObject(i, toText.apply(v), sqlType);
                } else {
                    s.setString(i, toText.apply(v));
                }
            }

            public T read(ResultSet r, int i) throws SQLException {
                String text = r.getString(i);
                return text == null ? null : fromText.apply(text);
            }
        };
    }

    /** Intervals as whole microseconds in a BIGINT, where the database has no interval type. */
    @Override
    public JdbcBinder<?> visitInterval(IntervalType type) {
        return new JdbcBinder<Duration>() {
            public void bind(PreparedStatement s, int i, Duration v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.BIGINT);
                } else {
                    s.setLong(i, v.toNanos() / 1_000);
                }
            }

            public Duration read(ResultSet r, int i) throws SQLException {
                long micros = r.getLong(i);
                return r.wasNull() ? null : Duration.of(micros, ChronoUnit.MICROS);
            }
        };
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitJson(JsonType<?> type) {
        JsonType json = type;
        return viaText(json::encode, json::decode, false);
    }

    @Override
    public JdbcBinder<?> visitLargeBinary(LargeBinaryType type) {
        return new JdbcBinder<byte[]>() {
            public void bind(PreparedStatement s, int i, byte[] v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.BINARY);
                } else {
                    s.setBytes(i, v);
                }
            }

            public byte[] read(ResultSet r, int i) throws SQLException {
                return r.getBytes(i);
            }
        };
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
        return new JdbcBinder<Object>() {
            public void bind(PreparedStatement s, int i, Object v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.NULL);
                } else {
                    s.setObject(i, v);
                }
            }

            public Object read(ResultSet r, int i) throws SQLException {
                return r.getObject(i);
            }
        };
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitDecorator(TypeDecorator<?, ?> type) {
        TypeDecorator decorator = type;
        JdbcBinder impl = (JdbcBinder) ((SqlType) decorator.impl()).accept(this);
        return new JdbcBinder<Object>() {
            public void bind(PreparedStatement s, int i, Object v) throws SQLException {
                impl.bind(s, i, decorator.processBind(v));
            }

            public Object read(ResultSet r, int i) throws SQLException {
                return decorator.processResult(impl.read(r, i));
            }
        };
    }
}
