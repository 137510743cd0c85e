package dev.athanor.migrate.autogenerate;

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
import java.util.Objects;
import java.util.Set;

/**
 * Groups of types that store the same kind of value, so a declared type can be compared with the
 * type a database reports for it.
 *
 * <p>The comparison is deliberately forgiving, like Alembic's default {@code compare_type}: a
 * database stores some types as others (a boolean as {@code TINYINT} on MySQL, a UUID as
 * {@code CHAR(36)}, JSON as {@code LONGTEXT} on MariaDB, every integer as {@code INTEGER} on
 * SQLite), and reporting those would make every in-sync schema look drifted. So only a change of
 * family that no database makes on its own, a different string length, or a different numeric
 * precision or scale counts as a type change.
 */
enum TypeFamily {
    INTEGER, BOOLEAN, STRING, NUMERIC, DATE, TIME, DATETIME, INTERVAL, JSON, BINARY, UUID, UNKNOWN;

    /** Families a database substitutes for one another when it has no native type. */
    private static final Set<Set<TypeFamily>> STORED_AS = Set.of(
            Set.of(BOOLEAN, INTEGER), Set.of(UUID, STRING), Set.of(UUID, BINARY), Set.of(JSON, STRING),
            Set.of(INTERVAL, INTEGER), Set.of(INTERVAL, NUMERIC), Set.of(DATETIME, STRING), Set.of(DATE, STRING),
            Set.of(TIME, STRING));

    static TypeFamily of(SqlType<?> type) {
        return type.accept(new Classifier());
    }

    /**
     * Why the reflected type differs from the declared one, or {@code null} when it stores the same
     * values.
     */
    static String difference(SqlType<?> declared, SqlType<?> reflected) {
        SqlType<?> left = unwrap(declared);
        SqlType<?> right = unwrap(reflected);
        TypeFamily a = of(left);
        TypeFamily b = of(right);
        if (a == UNKNOWN || b == UNKNOWN) {
            return null;
        }
        if (a != b) {
            return STORED_AS.contains(Set.of(a, b)) ? null : "is " + a.label() + " in the mapping but "
                    + b.label() + " in the database";
        }
        if (left instanceof StringType s && right instanceof StringType r && s.length() != null
                && r.length() != null && !s.length().equals(r.length())) {
            return "has length " + s.length() + " in the mapping but " + r.length() + " in the database";
        }
        if (left instanceof NumericType s && right instanceof NumericType r && s.precision() != null
                && r.precision() != null && (!s.precision().equals(r.precision())
                || !Objects.equals(s.scale(), r.scale()))) {
            return "is NUMERIC(" + s.precision() + ", " + s.scale() + ") in the mapping but NUMERIC("
                    + r.precision() + ", " + r.scale() + ") in the database";
        }
        return null;
    }

    private static SqlType<?> unwrap(SqlType<?> type) {
        SqlType<?> current = type;
        while (current instanceof TypeDecorator<?, ?> decorator) {
            current = decorator.impl();
        }
        return current;
    }

    private String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sorts each built-in type into its family. */
    private static final class Classifier implements TypeVisitor<TypeFamily> {
        public TypeFamily visitSmallInteger(SmallIntegerType type) {
            return INTEGER;
        }

        public TypeFamily visitInteger(IntegerType type) {
            return INTEGER;
        }

        public TypeFamily visitBigInteger(BigIntegerType type) {
            return INTEGER;
        }

        public TypeFamily visitString(StringType type) {
            return STRING;
        }

        public TypeFamily visitText(TextType type) {
            return STRING;
        }

        public TypeFamily visitBoolean(BooleanType type) {
            return BOOLEAN;
        }

        public TypeFamily visitFloat(FloatType type) {
            return NUMERIC;
        }

        public TypeFamily visitDouble(DoubleType type) {
            return NUMERIC;
        }

        public TypeFamily visitNumeric(NumericType type) {
            return NUMERIC;
        }

        public TypeFamily visitDate(DateType type) {
            return DATE;
        }

        public TypeFamily visitTime(TimeType type) {
            return TIME;
        }

        public TypeFamily visitDateTime(DateTimeType type) {
            return DATETIME;
        }

        public TypeFamily visitDateTimeTz(DateTimeTzType type) {
            return DATETIME;
        }

        public TypeFamily visitInterval(IntervalType type) {
            return INTERVAL;
        }

        public TypeFamily visitJson(JsonType<?> type) {
            return JSON;
        }

        public TypeFamily visitLargeBinary(LargeBinaryType type) {
            return BINARY;
        }

        public TypeFamily visitEnum(EnumType<?> type) {
            return STRING;
        }

        public TypeFamily visitUuid(UuidType type) {
            return UUID;
        }

        public TypeFamily visitNull(NullType type) {
            return UNKNOWN;
        }
    }
}
