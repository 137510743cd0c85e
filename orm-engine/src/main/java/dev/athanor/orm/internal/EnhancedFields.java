package dev.athanor.orm.internal;

import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The field accessors the build-time enhancer gives each mapped field of an enhanced class
 * ({@code Object athanor$get$name()} and {@code void athanor$set$name(Object)}, boxing and casting
 * at the edge), and the lambdas the session calls them through. A lambda's call is a direct call
 * the JIT inlines into the generated class; a method handle held in a field is not constant, and
 * its call goes through its lambda forms, about twice the cost per field of every loaded row.
 */
public final class EnhancedFields {
    /** What the enhancer's own methods are named with; their field accesses report no events. */
    public static final String PREFIX = "athanor$";

    private EnhancedFields() {
    }

    /** The enhancer's getter of field {@code field}. */
    public static String getterName(String field) {
        return PREFIX + "get$" + field;
    }

    /** The enhancer's setter of field {@code field}. */
    public static String setterName(String field) {
        return PREFIX + "set$" + field;
    }

    /** A reader of the field through its enhancer getter, or {@code null} when its class has none. */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> getter(MethodHandles.Lookup lookup, Field field) {
        Class<?> owner = field.getDeclaringClass();
        MethodHandle target = find(lookup, owner, getterName(field.getName()), MethodType.methodType(Object.class));
        if (target == null) {
            return null;
        }
        return (Function<Object, Object>) lambda(lookup, Function.class, "apply",
                MethodType.methodType(Object.class, Object.class), target, MethodType.methodType(Object.class, owner));
    }

    /** A writer of the field through its enhancer setter, or {@code null} when its class has none. */
    @SuppressWarnings("unchecked")
    static BiConsumer<Object, Object> setter(MethodHandles.Lookup lookup, Field field) {
        Class<?> owner = field.getDeclaringClass();
        MethodHandle target = find(lookup, owner, setterName(field.getName()),
                MethodType.methodType(void.class, Object.class));
        if (target == null) {
            return null;
        }
        return (BiConsumer<Object, Object>) lambda(lookup, BiConsumer.class, "accept",
                MethodType.methodType(void.class, Object.class, Object.class), target,
                MethodType.methodType(void.class, owner, Object.class));
    }

    private static MethodHandle find(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type) {
        if (!Enhanced.class.isAssignableFrom(owner)) {
            return null;
        }
        try {
            return lookup.findVirtual(owner, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // enhanced by an enhancer that made no accessors: the method handles serve
        }
    }

    private static Object lambda(MethodHandles.Lookup lookup, Class<?> functional, String method, MethodType erased,
                                 MethodHandle target, MethodType instantiated) {
        try {
            return Lambdas.over(lookup, functional, method, erased, target, instantiated);
        } catch (LambdaConversionException e) {
            throw new IllegalStateException("Cannot call " + target + " through " + functional.getSimpleName(), e);
        }
    }
}
