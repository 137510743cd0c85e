package dev.athanor.orm.internal;

import dev.athanor.exc.MappingError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads and writes one mapped field through accessors resolved once when the mapper is built, so
 * loading a row costs a direct call per column, never a reflective lookup: the enhancer's own
 * getter and setter for an enhanced class (see {@link EnhancedFields}), else method handles
 * adapted to {@code (Object) -> Object} so primitives box and unbox at the edge.
 */
public final class AttributeAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final String name;
    private final Class<?> type;
    private final MethodHandle getter;
    private final MethodHandle setter;
    /** The enhancer's accessors of the field, or {@code null} for a class that is not enhanced. */
    private final Function<Object, Object> enhancedGetter;
    private final BiConsumer<Object, Object> enhancedSetter;

    private AttributeAccessor(String name, Class<?> type, MethodHandle getter, MethodHandle setter,
                              Function<Object, Object> enhancedGetter, BiConsumer<Object, Object> enhancedSetter) {
        this.name = name;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
        this.enhancedGetter = enhancedGetter;
        this.enhancedSetter = enhancedSetter;
    }

    /**
     * An accessor for a field of a mapped class.
     *
     * @throws MappingError when the field cannot be accessed (a module that does not open the package)
     */
    public static AttributeAccessor of(Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            return new AttributeAccessor(field.getName(), field.getType(),
                    lookup.unreflectGetter(field).asType(GETTER), lookup.unreflectSetter(field).asType(SETTER),
                    EnhancedFields.getter(lookup, field), EnhancedFields.setter(lookup, field));
        } catch (IllegalAccessException e) {
            throw new MappingError(field.getDeclaringClass().getName() + "." + field.getName()
                    + " cannot be accessed: " + e.getMessage() + "; open the package to dev.athanor in module-info", e);
        }
    }

    /** The field's name. */
    public String name() {
        return name;
    }

    /** The field's declared type. */
    public Class<?> type() {
        return type;
    }

    /** The field's value on an instance. */
    public Object get(Object instance) {
        if (enhancedGetter != null) {
            return enhancedGetter.apply(instance);
        }
        try {
            return (Object) getter.invokeExact(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Reading " + name + " failed", e);
        }
    }

    /** Sets the field on an instance; {@code null} leaves a primitive field at its zero value. */
    public void set(Object instance, Object value) {
        if (value == null && type.isPrimitive()) {
            return;
        }
        if (enhancedSetter != null) {
            enhancedSetter.accept(instance, value);
            return;
        }
        try {
            setter.invokeExact(instance, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Writing " + name + " failed", e);
        }
    }
}
