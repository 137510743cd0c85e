package dev.athanor.orm.internal;

import dev.athanor.exc.MappingError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Reads and writes one mapped field through method handles resolved once when the mapper is
 * built, so loading a row costs a direct call per column, never a reflective lookup. Handles are
 * adapted to {@code (Object) -> Object} so primitives box and unbox at the edge.
 */
public final class AttributeAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final String name;
    private final Class<?> type;
    private final MethodHandle getter;
    private final MethodHandle setter;

    private AttributeAccessor(String name, Class<?> type, MethodHandle getter, MethodHandle setter) {
        this.name = name;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
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
                    lookup.unreflectGetter(field).asType(GETTER), lookup.unreflectSetter(field).asType(SETTER));
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
        try {
            setter.invokeExact(instance, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Writing " + name + " failed", e);
        }
    }
}
