package dev.athanor.orm.internal;

import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Makers of new instances through a class's no-arg constructor, for the loader (one per row it
 * loads) and for {@code Mapper.newInstance}. A lambda over the constructor is a direct
 * allocation the JIT inlines; a method handle held in a field goes through its lambda forms and
 * {@code Unsafe.allocateInstance} on every call. Where the lambda cannot be made (a lookup
 * without full privilege) or would not do (an abstract class), a supplier calling the method handle
 * serves.
 */
public final class Constructors {
    private Constructors() {
    }

    /**
     * A maker of {@code type}'s instances through its no-arg constructor, of any visibility.
     *
     * @throws NoSuchMethodException when the class has no no-arg constructor
     * @throws IllegalAccessException when its package is not open to Athanor
     */
    @SuppressWarnings("unchecked")
    public static Supplier<Object> of(Class<?> type) throws NoSuchMethodException, IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
        if (Modifier.isAbstract(type.getModifiers())) {
            // a lambda would throw InstantiationError; the handle throws the InstantiationException callers report
            return viaHandle(constructor.asType(MethodType.methodType(Object.class)));
        }
        try {
            return (Supplier<Object>) Lambdas.over(lookup, Supplier.class, "get", MethodType.methodType(Object.class),
                    constructor, MethodType.methodType(type));
        } catch (LambdaConversionException e) {
            return viaHandle(constructor.asType(MethodType.methodType(Object.class)));
        }
    }

    /** A supplier calling the handle; what the constructor throws passes through unchanged, as through a lambda. */
    private static Supplier<Object> viaHandle(MethodHandle constructor) {
        return () -> {
            try {
                return constructor.invokeExact();
            } catch (Throwable e) {
                throw Constructors.<RuntimeException>passThrough(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E passThrough(Throwable e) throws E {
        throw (E) e;
    }
}
