package dev.athanor.orm.internal;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The fields of a mapped class that are columns: every non-static, non-{@code transient},
 * non-synthetic field that is not a {@code @Relationship}, superclass fields first (a plain base class with {@code id} and
 * {@code createdAt} is shared like a SQLAlchemy mixin).
 */
public final class MappedFields {
    private MappedFields() {
    }

    /** The column fields of a class, in declaration order, superclasses first. */
    public static List<Field> of(Class<?> entityClass) {
        return fields(entityClass, false);
    }

    /** The {@code @Relationship} fields of a class, in declaration order, superclasses first. */
    public static List<Field> relationships(Class<?> entityClass) {
        return fields(entityClass, true);
    }

    private static List<Field> fields(Class<?> entityClass, boolean relationships) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != entityClass && c.isAnnotationPresent(Table.class) && !MappedHierarchy.isPolymorphic(c)) {
                throw new MappingError("Class " + entityClass.getName() + " extends mapped class " + c.getName()
                        + "; mapped inheritance needs a polymorphic mapping (@Inheritance on the base), or extend a plain (unannotated) base class instead");
            }
            chain.push(c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && field.isAnnotationPresent(Relationship.class) == relationships) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /**
     * The column field of a class with this name.
     *
     * @throws MappingError when there is none
     */
    public static Field named(Class<?> entityClass, String name) {
        for (Field field : of(entityClass)) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        throw new MappingError("Class " + entityClass.getName() + " has no column field '" + name
                + "'; regenerate its metamodel after renaming fields");
    }
}
