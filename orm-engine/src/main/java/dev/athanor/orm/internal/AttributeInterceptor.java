package dev.athanor.orm.internal;

import net.bytebuddy.implementation.bind.annotation.AllArguments;
import net.bytebuddy.implementation.bind.annotation.This;

/**
 * The code a generated subclass runs before an accessor's own body: it hands the call to the
 * object's {@link AttributeHook}. One instance per intercepted method, holding the relationship's
 * index, so the per-call cost is a field read and an interface call.
 */
public final class AttributeInterceptor {
    private final int index;
    private final boolean setter;

    /** An interceptor for relationship {@code index} ({@code -1}: a column getter). */
    public AttributeInterceptor(int index, boolean setter) {
        this.index = index;
        this.setter = setter;
    }

    /** Called by the generated method before it calls the user's accessor. */
    public void intercept(@This Object self, @AllArguments Object[] arguments) {
        Object state = ((Instrumented) self).athanor$state();
        if (state instanceof AttributeHook hook) {
            if (setter) {
                hook.beforeSet(index, arguments[0]);
            } else {
                hook.beforeGet(index);
            }
        }
    }
}
