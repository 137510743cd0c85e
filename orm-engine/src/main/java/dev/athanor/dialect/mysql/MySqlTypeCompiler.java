package dev.athanor.dialect.mysql;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DoubleType;
import dev.athanor.types.EnumType;
import dev.athanor.types.FloatType;
import dev.athanor.types.JsonType;
import dev.athanor.types.LargeBinaryType;
import dev.athanor.types.NumericType;
import dev.athanor.types.StringType;
import dev.athanor.types.TextType;
import dev.athanor.types.TimeType;

/**
 * MySQL's type names: microsecond {@code TIME(6)}/{@code DATETIME(6)} (zoned timestamps are stored
 * as UTC), {@code LONGTEXT}/{@code LONGBLOB} for unbounded values, inline {@code ENUM('A', 'B')}.
 * {@code VARCHAR} must have a length here. Strings are literal with backslashes escaped too,
 * since MySQL reads {@code \} as an escape.
 */
public class MySqlTypeCompiler extends DdlTypeCompiler {

    @Override
    protected boolean nativeEnum() {
        return true;
    }

    @Override
    public String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String visitString(StringType type) {
        if (type.length() == null) {
            throw new CompileError("MySQL's VARCHAR needs a length; use Types.string(n), or Types.TEXT for unbounded text");
        }
        return super.visitString(type);
    }

    @Override
    public String visitText(TextType type) {
        return "LONGTEXT";
    }

    @Override
    public String visitFloat(FloatType type) {
        return "FLOAT";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return withPrecision("DECIMAL", type);
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "DATETIME(6)";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "DATETIME(6)";
    }

    @Override
    public String visitJson(JsonType<?> type) {
        return "JSON";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "LONGBLOB";
    }

    @Override
    public String visitEnum(EnumType<?> type) {
        return "ENUM(" + labels(type) + ")";
    }
}
