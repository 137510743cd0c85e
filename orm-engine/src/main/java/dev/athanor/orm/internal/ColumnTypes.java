package dev.athanor.orm.internal;

import dev.athanor.exc.MappingError;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The SQL type of a mapped field: an explicit {@code @Column(type = …)}, JSON for
 * {@code json = true} and for map and collection fields (tracking in-place changes with
 * {@code mutable = true}), {@code VARCHAR(length)} and
 * {@code NUMERIC(precision, scale)} from the annotation, else the Core type of the Java class.
 * A pure function of the field, so the registry and a generated metamodel attribute agree.
 */
public final class ColumnTypes {
    private ColumnTypes() {
    }

    /**
     * The type of a field.
     *
     * @throws MappingError naming the class and field when no type fits
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SqlType<?> forField(Field field) {
        dev.athanor.orm.annotation.Column column = field.getAnnotation(dev.athanor.orm.annotation.Column.class);
        Class<?> javaType = field.getType();
        boolean json = (column != null && column.json()) || Map.class.isAssignableFrom(javaType)
                || Collection.class.isAssignableFrom(javaType);
        if (column != null && column.mutable() && (!json || column.type() != SqlType.class)) {
            throw new MappingError(where(field) + " is @Column(mutable = true) but not a JSON column; in-place"
                    + " tracking applies to maps, lists and @Column(json = true) fields of the inferred JSON type");
        }
        if (column != null && column.type() != SqlType.class) {
            return instantiate(field, column.type());
        }
        if (json) {
            return column != null && column.mutable() ? Types.json(javaType).asMutable() : Types.json(javaType);
        }
        if (javaType == String.class && column != null && column.length() > 0) {
            return Types.string(column.length());
        }
        if (javaType == BigDecimal.class && column != null && column.precision() > 0) {
            return Types.numeric(column.precision(), column.scale());
        }
        if (javaType.isEnum()) {
            return Types.enumType((Class) javaType, Naming.snakeCase(javaType.getSimpleName()));
        }
        try {
            return Types.forJavaClass(javaType);
        } catch (RuntimeException e) {
            throw new MappingError(where(field) + " has type " + javaType.getName() + ", which maps to no SQL type;"
                    + " give @Column(type = …) a TypeDecorator, mark it @Column(json = true), or make it transient");
        }
    }

    private static SqlType<?> instantiate(Field field, Class<? extends SqlType> typeClass) {
        try {
            Constructor<? extends SqlType> constructor = typeClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingError(where(field) + ": @Column(type = " + typeClass.getSimpleName()
                    + ".class) cannot be created (" + e + "); give it a no-arg constructor", e);
        }
    }

    static String where(Field field) {
        return "Field " + field.getDeclaringClass().getName() + "." + field.getName();
    }
}
