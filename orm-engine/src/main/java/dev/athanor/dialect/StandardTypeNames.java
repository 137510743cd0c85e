package dev.athanor.dialect;

import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the type names most databases share (SQL standard names and the common aliases of
 * PostgreSQL, MySQL, H2 and SQLite) to Athanor types. Reflectors try their own names first and
 * fall back to these.
 */
public final class StandardTypeNames {
    private static final Set<String> STRINGS = Set.of("VARCHAR", "CHARACTER VARYING", "CHAR VARYING",
            "NVARCHAR", "NATIONAL CHARACTER VARYING", "NATIONAL CHAR VARYING", "VARCHAR2", "NVARCHAR2",
            "CHAR", "CHARACTER", "BPCHAR", "NCHAR", "NATIONAL CHARACTER", "NATIONAL CHAR");

    private static final Map<String, SqlType<?>> FIXED = Map.ofEntries(
            Map.entry("SMALLINT", Types.SMALL_INTEGER), Map.entry("INT2", Types.SMALL_INTEGER),
            Map.entry("TINYINT", Types.SMALL_INTEGER), Map.entry("SMALLSERIAL", Types.SMALL_INTEGER),
            Map.entry("INTEGER", Types.INTEGER), Map.entry("INT", Types.INTEGER),
            Map.entry("INT4", Types.INTEGER), Map.entry("MEDIUMINT", Types.INTEGER),
            Map.entry("SERIAL", Types.INTEGER),
            Map.entry("BIGINT", Types.BIG_INTEGER), Map.entry("INT8", Types.BIG_INTEGER),
            Map.entry("BIGSERIAL", Types.BIG_INTEGER),
            Map.entry("TEXT", Types.TEXT), Map.entry("CLOB", Types.TEXT), Map.entry("NCLOB", Types.TEXT),
            Map.entry("CHARACTER LARGE OBJECT", Types.TEXT), Map.entry("TINYTEXT", Types.TEXT),
            Map.entry("MEDIUMTEXT", Types.TEXT), Map.entry("LONGTEXT", Types.TEXT),
            Map.entry("BOOLEAN", Types.BOOLEAN), Map.entry("BOOL", Types.BOOLEAN),
            Map.entry("REAL", Types.FLOAT), Map.entry("FLOAT4", Types.FLOAT),
            Map.entry("DOUBLE", Types.DOUBLE), Map.entry("DOUBLE PRECISION", Types.DOUBLE),
            Map.entry("FLOAT8", Types.DOUBLE),
            Map.entry("DATE", Types.DATE),
            Map.entry("TIME", Types.TIME), Map.entry("TIME WITHOUT TIME ZONE", Types.TIME),
            Map.entry("TIME WITH TIME ZONE", Types.TIME), Map.entry("TIMETZ", Types.TIME),
            Map.entry("TIMESTAMP", Types.DATETIME), Map.entry("TIMESTAMP WITHOUT TIME ZONE", Types.DATETIME),
            Map.entry("DATETIME", Types.DATETIME), Map.entry("DATETIME2", Types.DATETIME),
            Map.entry("TIMESTAMP WITH TIME ZONE", Types.DATETIME_TZ), Map.entry("TIMESTAMPTZ", Types.DATETIME_TZ),
            Map.entry("DATETIMEOFFSET", Types.DATETIME_TZ),
            Map.entry("JSON", Types.JSON), Map.entry("JSONB", Types.JSON),
            Map.entry("BLOB", Types.LARGE_BINARY), Map.entry("BYTEA", Types.LARGE_BINARY),
            Map.entry("TINYBLOB", Types.LARGE_BINARY), Map.entry("MEDIUMBLOB", Types.LARGE_BINARY),
            Map.entry("LONGBLOB", Types.LARGE_BINARY), Map.entry("BINARY LARGE OBJECT", Types.LARGE_BINARY),
            Map.entry("BINARY", Types.LARGE_BINARY), Map.entry("VARBINARY", Types.LARGE_BINARY),
            Map.entry("BINARY VARYING", Types.LARGE_BINARY), Map.entry("IMAGE", Types.LARGE_BINARY),
            Map.entry("UUID", Types.UUID_TYPE), Map.entry("UNIQUEIDENTIFIER", Types.UUID_TYPE));

    private static final Map<String, Function<DeclaredType, SqlType<?>>> SIZED = Map.of(
            "NUMERIC", StandardTypeNames::numeric,
            "DECIMAL", StandardTypeNames::numeric,
            "DEC", StandardTypeNames::numeric,
            "FLOAT", StandardTypeNames::floatOfPrecision);

    private StandardTypeNames() {
    }

    /** The Athanor type for a declared type, or {@link Types#NULL} when none fits. */
    public static SqlType<?> resolve(DeclaredType type) {
        String name = type.name();
        if (STRINGS.contains(name)) {
            Integer length = type.intArg(0);
            return length == null ? Types.STRING : Types.string(length);
        }
        if (name.startsWith("INTERVAL")) {
            return Types.INTERVAL;
        }
        SqlType<?> fixed = FIXED.get(name);
        if (fixed != null) {
            return fixed;
        }
        Function<DeclaredType, SqlType<?>> sized = SIZED.get(name);
        return sized == null ? Types.NULL : sized.apply(type);
    }

    /** {@code NUMERIC(p, s)}, {@code NUMERIC(p)} (scale 0) or a plain {@code NUMERIC}. */
    public static SqlType<?> numeric(DeclaredType type) {
        Integer precision = type.intArg(0);
        if (precision == null) {
            return Types.NUMERIC;
        }
        Integer scale = type.intArg(1);
        return Types.numeric(precision, scale == null ? 0 : scale);
    }

    /** SQL's {@code FLOAT(p)}: single precision up to 24 binary digits, double beyond. */
    private static SqlType<?> floatOfPrecision(DeclaredType type) {
        Integer precision = type.intArg(0);
        return precision != null && precision > 24 ? Types.DOUBLE : Types.FLOAT;
    }
}
