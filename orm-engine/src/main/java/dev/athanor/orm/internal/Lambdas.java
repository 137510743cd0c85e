package dev.athanor.orm.internal;

import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Instances of a functional interface over a direct method handle, made with
 * {@link LambdaMetafactory} as {@code javac} makes a method reference: the JIT inlines a call
 * through one into the target, where a method handle held in a field is not a constant and goes
 * through its lambda forms.
 */
final class Lambdas {
    private Lambdas() {
    }

    /**
     * An instance of {@code functional} whose {@code method} (of erased type {@code erased}) calls
     * {@code target}, typed as {@code instantiated}.
     *
     * @throws LambdaConversionException when the lookup may not make it (callers choose a fallback)
     */
    static Object over(MethodHandles.Lookup lookup, Class<?> functional, String method, MethodType erased,
                       MethodHandle target, MethodType instantiated) throws LambdaConversionException {
        try {
            return LambdaMetafactory.metafactory(lookup, method, MethodType.methodType(functional), erased, target,
                    instantiated).getTarget().invoke();
        } catch (LambdaConversionException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot make a " + functional.getSimpleName() + " calling " + target, e);
        }
    }
}
