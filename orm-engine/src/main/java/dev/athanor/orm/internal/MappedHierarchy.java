package dev.athanor.orm.internal;

import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Table;

/**
 * Where the classes of a mapped inheritance hierarchy keep their columns, from their annotations
 * alone, so the registry, the metamodel's tables and the column attributes agree without one
 * referring to another. A class is mapped when it has {@code @Table} or (a single-table subclass)
 * {@code @PolymorphicIdentity}; plain classes in between or above contribute their fields to the
 * mapped class below them, like SQLAlchemy mixins.
 */
public final class MappedHierarchy {
    private MappedHierarchy() {
    }

    /** Whether the class itself is mapped: {@code @Table}, or {@code @PolymorphicIdentity} without one. */
    public static boolean isMapped(Class<?> type) {
        return type.isAnnotationPresent(Table.class) || type.isAnnotationPresent(PolymorphicIdentity.class);
    }

    /** The nearest mapped superclass, or {@code null}. */
    public static Class<?> mappedParent(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (isMapped(c)) {
                return c;
            }
        }
        return null;
    }

    /** The top mapped class of the class's hierarchy (the class itself when it has no mapped parent). */
    public static Class<?> base(Class<?> type) {
        Class<?> base = type;
        for (Class<?> parent = mappedParent(type); parent != null; parent = mappedParent(parent)) {
            base = parent;
        }
        return base;
    }

    /** Whether the class belongs to a hierarchy whose base is marked {@code @Inheritance}. */
    public static boolean isPolymorphic(Class<?> type) {
        return base(type).isAnnotationPresent(Inheritance.class);
    }

    /** Whether two classes belong to the same {@code @Inheritance} hierarchy. */
    public static boolean related(Class<?> a, Class<?> b) {
        return isPolymorphic(a) && base(a) == base(b);
    }

    /**
     * The class whose {@code @Table} holds the class's own columns: itself when annotated, else
     * (a single-table subclass) the nearest annotated superclass; {@code null} when there is none.
     */
    public static Class<?> tableClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Table.class)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The class whose table stores the column of a field of {@code entity} declared in
     * {@code declaring}: the table of the nearest mapped class at or below the declaring class.
     */
    public static Class<?> storingClass(Class<?> entity, Class<?> declaring) {
        Class<?> mappedBelow = entity;
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            if (isMapped(c)) {
                mappedBelow = c;
            }
            if (c == declaring) {
                break;
            }
        }
        Class<?> table = tableClass(mappedBelow);
        return table == null ? entity : table;
    }
}
