package dev.athanor.types;

import dev.athanor.exc.ArgumentError;
import java.util.Arrays;
import java.util.List;

/**
 * A Java enum stored by constant name: a native enum type where the database has one
 * (PostgreSQL's {@code CREATE TYPE … AS ENUM}, MySQL's {@code ENUM(…)}), else a
 * {@code VARCHAR} with a {@code CHECK} listing the allowed names.
 *
 * @param enumClass the Java enum
 * @param name the name of the database type (PostgreSQL) and of the CHECK constraint
 */
public record EnumType<E extends Enum<E>>(Class<E> enumClass, String name) implements SqlType<E> {

    public EnumType {
        if (enumClass == null || !enumClass.isEnum()) {
            throw new ArgumentError("EnumType needs a Java enum class, got " + enumClass);
        }
        if (name == null || name.isBlank()) {
            throw new ArgumentError("EnumType for " + enumClass.getName() + " needs a type name");
        }
    }

    /** The constant names in declaration order: the values the database accepts. */
    public List<String> labels() {
        return Arrays.stream(enumClass.getEnumConstants()).map(Enum::name).toList();
    }

    /** The length a string column needs to hold every label. */
    public int maxLabelLength() {
        return labels().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The constant for a label read back from the database. */
    public E fromLabel(String label) {
        try {
            return Enum.valueOf(enumClass, label);
        } catch (IllegalArgumentException e) {
            throw new ArgumentError("'" + label + "' is not a constant of " + enumClass.getName()
                    + "; expected one of " + labels(), e);
        }
    }

    @Override
    public Class<E> javaType() {
        return enumClass;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitEnum(this);
    }
}
