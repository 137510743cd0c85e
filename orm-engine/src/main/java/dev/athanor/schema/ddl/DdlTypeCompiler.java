package dev.athanor.schema.ddl;

import dev.athanor.exc.CompileError;
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
import java.util.stream.Collectors;

/**
 * Names types in DDL, ANSI-style ({@code INTEGER}, {@code VARCHAR(50)}, {@code NUMERIC(10, 2)},
 * {@code TIMESTAMP WITH TIME ZONE}); each dialect overrides the names it spells differently.
 * Types a database cannot store natively also get a {@link #checkCondition CHECK} here: enums
 * without an enum type become {@code VARCHAR(n) CHECK (col IN ('A', 'B'))}.
 */
public class DdlTypeCompiler implements TypeVisitor<String> {

    /** The DDL name of {@code type}; a {@link CompileError} says why the dialect cannot store it. */
    public String typeName(SqlType<?> type) {
        return type.accept(this);
    }

    /**
     * The condition of the CHECK a column of {@code type} needs because the dialect has no exact
     * type for it, or {@code null}.
     *
     * @param quotedColumn the column name as it appears in SQL
     */
    public String checkCondition(SqlType<?> type, String quotedColumn) {
        SqlType<?> stored = type;
        while (stored instanceof TypeDecorator<?, ?> decorator) {
            stored = decorator.impl();
        }
        if (stored instanceof EnumType<?> enumType && !nativeEnum()) {
            return quotedColumn + " IN (" + labels(enumType) + ")";
        }
        if (stored instanceof BooleanType && !nativeBoolean()) {
            return quotedColumn + " IN (0, 1)";
        }
        return null;
    }

    /** Whether enum columns get a type of their own (named or inline), so need no CHECK. */
    protected boolean nativeEnum() {
        return false;
    }

    /** Whether the boolean type holds only true and false, so needs no CHECK. */
    protected boolean nativeBoolean() {
        return true;
    }

    /** A string literal: the value in single quotes with embedded quotes doubled. */
    public String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The enum's labels as a comma-separated list of literals, for {@code IN (…)} and {@code ENUM(…)}. */
    protected String labels(EnumType<?> type) {
        return type.labels().stream().map(this::literal).collect(Collectors.joining(", "));
    }

    /** {@code name(p, s)}, {@code name(p)} or {@code name}, depending on what the type declares. */
    protected static String withPrecision(String name, NumericType type) {
        if (type.precision() == null) {
            return name;
        }
        return type.scale() == null ? name + "(" + type.precision() + ")"
                : name + "(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitSmallInteger(SmallIntegerType type) {
        return "SMALLINT";
    }

    @Override
    public String visitInteger(IntegerType type) {
        return "INTEGER";
    }

    @Override
    public String visitBigInteger(BigIntegerType type) {
        return "BIGINT";
    }

    @Override
    public String visitString(StringType type) {
        return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
    }

    @Override
    public String visitText(TextType type) {
        return "CLOB";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitFloat(FloatType type) {
        return "REAL";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "DOUBLE PRECISION";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return withPrecision("NUMERIC", type);
    }

    @Override
    public String visitDate(DateType type) {
        return "DATE";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "TIMESTAMP";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "TIMESTAMP WITH TIME ZONE";
    }

    /** Microseconds in a {@code BIGINT}, the form the binders store where there is no interval type. */
    @Override
    public String visitInterval(IntervalType type) {
        return "BIGINT";
    }

    @Override
    public String visitJson(JsonType<?> type) {
        return "CLOB";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "BLOB";
    }

    @Override
    public String visitEnum(EnumType<?> type) {
        return "VARCHAR(" + type.maxLabelLength() + ")";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "CHAR(36)";
    }

    @Override
    public String visitNull(NullType type) {
        throw new CompileError("the column has no type (NullType); give it one, e.g. Types.INTEGER");
    }
}
