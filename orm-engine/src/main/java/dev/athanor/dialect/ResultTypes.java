package dev.athanor.dialect;

import dev.athanor.types.SqlType;
import dev.athanor.types.Types;

/**
 * Maps the JDBC type of an untyped result column (textual SQL) to an Athanor type, so that values
 * come back as {@code java.time} objects, {@code String}s and {@code byte[]}s rather than driver
 * classes such as {@code java.sql.Timestamp} or {@code Clob}.
 */
final class ResultTypes {
    private ResultTypes() {
    }

    static SqlType<?> forJdbcType(int jdbcType, int precision) {
        return switch (jdbcType) {
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER -> Types.INTEGER;
            case java.sql.Types.BIGINT -> Types.BIG_INTEGER;
            case java.sql.Types.BOOLEAN -> Types.BOOLEAN;
            case java.sql.Types.BIT -> precision <= 1 ? Types.BOOLEAN : Types.NULL;
            case java.sql.Types.REAL -> Types.FLOAT;
            case java.sql.Types.FLOAT, java.sql.Types.DOUBLE -> Types.DOUBLE;
            case java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> Types.NUMERIC;
            case java.sql.Types.CHAR, java.sql.Types.VARCHAR, java.sql.Types.LONGVARCHAR,
                 java.sql.Types.NCHAR, java.sql.Types.NVARCHAR, java.sql.Types.LONGNVARCHAR,
                 java.sql.Types.CLOB, java.sql.Types.NCLOB -> Types.TEXT;
            case java.sql.Types.DATE -> Types.DATE;
            case java.sql.Types.TIME -> Types.TIME;
            case java.sql.Types.TIMESTAMP -> Types.DATETIME;
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> Types.DATETIME_TZ;
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY,
                 java.sql.Types.BLOB -> Types.LARGE_BINARY;
            default -> Types.NULL;
        };
    }
}
