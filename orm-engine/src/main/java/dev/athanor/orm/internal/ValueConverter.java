package dev.athanor.orm.internal;

import dev.athanor.types.EnumType;
import dev.athanor.types.JsonType;
import dev.athanor.types.SqlType;
import dev.athanor.types.TypeDecorator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Turns a value as the driver returned it into the value a mapped field holds. Result rows carry
 * the driver's notion of a column (an {@code Integer} for a {@code BIGINT} on one database, a
 * label {@code String} for an enum, text for a JSON document or a SQLite timestamp); the field's
 * SQL type decides what it becomes.
 */
public final class ValueConverter {
    private final SqlType<?> type;
    private final Class<?> target;
    /**
     * Whether a value the driver returned as the field's own class is the field value as it is:
     * no decorator, enum or JSON type to apply. Decided once, as this runs for every column of
     * every loaded row.
     */
    private final boolean passesOwnClass;

    /** A converter for values read into a field of {@code fieldType} declared with {@code type}. */
    public ValueConverter(SqlType<?> type, Class<?> fieldType) {
        this.type = type;
        this.target = box(fieldType);
        this.passesOwnClass = !(type instanceof TypeDecorator || type instanceof EnumType || type instanceof JsonType);
    }

    /** The field value for a raw result value. */
    public Object fromDatabase(Object raw) {
        if (passesOwnClass && (raw == null || raw.getClass() == target)) {
            return raw;
        }
        return convert(raw, type, target);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object raw, SqlType<?> type, Class<?> target) {
        if (raw == null) {
            return null;
        }
        if (type instanceof TypeDecorator decorator) {
            SqlType<?> impl = decorator.impl();
            return decorator.processResult(convert(raw, impl, box(impl.javaType())));
        }
        if (type instanceof EnumType<?> enumType && raw instanceof String label) {
            return enumType.fromLabel(label);
        }
        if (type instanceof JsonType<?> json && raw instanceof String text && target != String.class) {
            return json.decode(text);
        }
        if (target.isInstance(raw)) {
            return raw;
        }
        if (raw instanceof Number number) {
            return fromNumber(number, target);
        }
        if (raw instanceof String text) {
            return fromText(text, target);
        }
        return raw;
    }

    private static Object fromNumber(Number number, Class<?> target) {
        if (target == Long.class) {
            return number.longValue();
        } else if (target == Integer.class) {
            return number.intValue();
        } else if (target == Short.class) {
            return number.shortValue();
        } else if (target == Double.class) {
            return number.doubleValue();
        } else if (target == Float.class) {
            return number.floatValue();
        } else if (target == BigDecimal.class) {
            return new BigDecimal(number.toString());
        } else if (target == Boolean.class) {
            return number.intValue() != 0;
        }
        return number;
    }

    private static Object fromText(String text, Class<?> target) {
        if (target == UUID.class) {
            return UUID.fromString(text.length() == 32 ? text.replaceFirst(
                    "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)", "$1-$2-$3-$4-$5") : text);
        } else if (target == LocalDateTime.class) {
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } else if (target == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (target == LocalTime.class) {
            return LocalTime.parse(text);
        } else if (target == OffsetDateTime.class) {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        } else if (target == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (target == Boolean.class) {
            return text.equals("1") || text.equalsIgnoreCase("true");
        }
        return text;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
