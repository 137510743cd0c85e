package dev.athanor.migrate.script;

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
import dev.athanor.types.Types;
import dev.athanor.types.UuidType;

/**
 * Writes a type as the {@link Types} expression that builds it ({@code INTEGER},
 * {@code string(50)}, {@code numeric(10, 2)}), statically imported; a decorated type is written as
 * the type it stores, since a migration only needs the column's database type.
 */
final class TypeRenderer implements TypeVisitor<String> {
    private final JavaSource source;

    TypeRenderer(JavaSource source) {
        this.source = source;
    }

    String render(SqlType<?> type) {
        SqlType<?> current = type;
        while (current instanceof TypeDecorator<?, ?> decorator) {
            current = decorator.impl();
        }
        return current.accept(this);
    }

    private String constant(String name) {
        return source.member(Types.class, name);
    }

    public String visitSmallInteger(SmallIntegerType type) {
        return constant("SMALL_INTEGER");
    }

    public String visitInteger(IntegerType type) {
        return constant("INTEGER");
    }

    public String visitBigInteger(BigIntegerType type) {
        return constant("BIG_INTEGER");
    }

    public String visitString(StringType type) {
        if (type.length() == null) {
            return constant(type.unicode() ? "UNICODE" : "STRING");
        }
        return source.member(Types.class, type.unicode() ? "unicode" : "string") + "(" + type.length() + ")";
    }

    public String visitText(TextType type) {
        return constant(type.unicode() ? "UNICODE_TEXT" : "TEXT");
    }

    public String visitBoolean(BooleanType type) {
        return constant("BOOLEAN");
    }

    public String visitFloat(FloatType type) {
        return constant("FLOAT");
    }

    public String visitDouble(DoubleType type) {
        return constant("DOUBLE");
    }

    public String visitNumeric(NumericType type) {
        if (type.precision() == null) {
            return constant("NUMERIC");
        }
        return source.member(Types.class, "numeric") + "(" + type.precision() + ", "
                + (type.scale() == null ? 0 : type.scale()) + ")";
    }

    public String visitDate(DateType type) {
        return constant("DATE");
    }

    public String visitTime(TimeType type) {
        return constant("TIME");
    }

    public String visitDateTime(DateTimeType type) {
        return constant("DATETIME");
    }

    public String visitDateTimeTz(DateTimeTzType type) {
        return constant("DATETIME_TZ");
    }

    public String visitInterval(IntervalType type) {
        return constant("INTERVAL");
    }

    public String visitJson(JsonType<?> type) {
        return constant("JSON");
    }

    public String visitLargeBinary(LargeBinaryType type) {
        return constant("LARGE_BINARY");
    }

    public String visitEnum(EnumType<?> type) {
        // fully qualified: the enum is the application's own and its simple name may clash with an import
        return source.member(Types.class, "enumType") + "(" + type.enumClass().getCanonicalName() + ".class, "
                + JavaSource.literal(type.name()) + ")";
    }

    public String visitUuid(UuidType type) {
        return constant("UUID_TYPE");
    }

    public String visitNull(NullType type) {
        return constant("NULL");
    }
}
