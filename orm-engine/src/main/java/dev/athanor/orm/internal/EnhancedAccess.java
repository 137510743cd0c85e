package dev.athanor.orm.internal;

import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * What the code of an enhanced class calls around its own field accesses: the enhancer rewrites
 * every write of a mapped field into {@link #beforeWrite} followed by the write, and every read
 * into {@link #beforeRead} followed by the read. An object an open session tracks hands the event
 * to its state (which records the change, keeps {@code backPopulates} in step, loads what is
 * missing); any other object keeps only its {@code backPopulates} pairs in step. Reads of column
 * fields go to {@link #beforeColumnRead}, which has nothing to do for an object outside a session.
 *
 * <p>Called only by enhanced bytecode; the methods are public because enhanced classes live in
 * the application's packages.
 */
public final class EnhancedAccess {
    private EnhancedAccess() {
    }

    /** Before {@code owner.attribute = value}. */
    public static void beforeWrite(@MemberSubstitution.This Object owner,
                                   @MemberSubstitution.Argument(value = 0, typing = Assigner.Typing.DYNAMIC) Object value,
                                   @AttributeName String attribute) {
        if (owner instanceof Instrumented instrumented && instrumented.athanor$state() instanceof AttributeHook hook
                && hook.beforeWrite(attribute, value)) {
            return;
        }
        TransientRelationships.beforeWrite(owner, attribute, value);
    }

    /**
     * Before {@code owner.attribute} is read, for a column field: a getter's path in every loop over
     * loaded objects, so it goes to the object's state only, and only the state's own flags are read
     * unless the object is expired or has deferred columns.
     */
    public static void beforeColumnRead(@MemberSubstitution.This Object owner, @AttributeName String attribute) {
        if (owner instanceof Instrumented instrumented && instrumented.athanor$state() instanceof AttributeHook hook) {
            hook.beforeColumnRead(attribute);
        }
    }

    /** Before {@code owner.attribute} is read, for a relationship field. */
    public static void beforeRead(@MemberSubstitution.This Object owner, @AttributeName String attribute) {
        if (owner instanceof Instrumented instrumented && instrumented.athanor$state() instanceof AttributeHook hook
                && hook.beforeRead(attribute)) {
            return;
        }
        TransientRelationships.beforeRead(owner, attribute);
    }
}
