package dev.athanor.dialect.oracle;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.types.BigIntegerType;
import dev.athanor.types.BooleanType;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DoubleType;
import dev.athanor.types.EnumType;
import dev.athanor.types.FloatType;
import dev.athanor.types.IntegerType;
import dev.athanor.types.IntervalType;
import dev.athanor.types.NumericType;
import dev.athanor.types.SmallIntegerType;
import dev.athanor.types.StringType;
import dev.athanor.types.TextType;
import dev.athanor.types.TimeType;

/**
 * Oracle's type names: integers as {@code NUMBER(n)} wide enough for their Java type, strings as
 * {@code VARCHAR2(n CHAR)} (length in characters, not bytes), booleans as {@code NUMBER(1)} with a
 * CHECK, times of day as {@code TIMESTAMP(6)} (Oracle has no time-only type).
 */
public class OracleTypeCompiler extends DdlTypeCompiler {

    @Override
    protected boolean nativeBoolean() {
        return false;
    }

    @Override
    public String visitSmallInteger(SmallIntegerType type) {
        return "NUMBER(5)";
    }

    @Override
    public String visitInteger(IntegerType type) {
        return "NUMBER(10)";
    }

    @Override
    public String visitBigInteger(BigIntegerType type) {
        return "NUMBER(19)";
    }

    @Override
    public String visitString(StringType type) {
        if (type.length() == null) {
            throw new CompileError("Oracle's VARCHAR2 needs a length; use Types.string(n), or Types.TEXT for unbounded text");
        }
        return type.unicode() ? "NVARCHAR2(" + type.length() + ")" : "VARCHAR2(" + type.length() + " CHAR)";
    }

    @Override
    public String visitText(TextType type) {
        return type.unicode() ? "NCLOB" : "CLOB";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "NUMBER(1)";
    }

    @Override
    public String visitFloat(FloatType type) {
        return "BINARY_FLOAT";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "BINARY_DOUBLE";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return withPrecision("NUMBER", type);
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIMESTAMP(6)";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "TIMESTAMP(6)";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public String visitInterval(IntervalType type) {
        return "INTERVAL DAY TO SECOND";
    }

    @Override
    public String visitEnum(EnumType<?> type) {
        return "VARCHAR2(" + type.maxLabelLength() + " CHAR)";
    }
}
