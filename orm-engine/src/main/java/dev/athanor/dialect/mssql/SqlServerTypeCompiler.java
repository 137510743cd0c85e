package dev.athanor.dialect.mssql;

import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.types.BooleanType;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DoubleType;
import dev.athanor.types.JsonType;
import dev.athanor.types.LargeBinaryType;
import dev.athanor.types.StringType;
import dev.athanor.types.TextType;
import dev.athanor.types.TimeType;
import dev.athanor.types.UuidType;

/**
 * SQL Server's type names: {@code NVARCHAR} for unicode strings, {@code (max)} for unbounded
 * text and binary, {@code BIT} booleans, {@code DATETIME2(6)} and {@code DATETIMEOFFSET(6)}
 * timestamps, {@code UNIQUEIDENTIFIER} UUIDs.
 */
public class SqlServerTypeCompiler extends DdlTypeCompiler {

    @Override
    public String visitString(StringType type) {
        return (type.unicode() ? "NVARCHAR(" : "VARCHAR(") + (type.length() == null ? "max" : type.length()) + ")";
    }

    @Override
    public String visitText(TextType type) {
        return type.unicode() ? "NVARCHAR(max)" : "VARCHAR(max)";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "BIT";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "FLOAT(53)";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "DATETIME2(6)";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "DATETIMEOFFSET(6)";
    }

    @Override
    public String visitJson(JsonType<?> type) {
        return "NVARCHAR(max)";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "VARBINARY(max)";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UNIQUEIDENTIFIER";
    }
}
