package dev.athanor.orm.internal;

import dev.athanor.orm.annotation.Relationship;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code backPopulates} pairs in step between enhanced objects no open session tracks (made
 * with {@code new}, or detached), as SQLAlchemy's backref events do for transient objects:
 * {@code book.setAuthor(bob)} puts the book into {@code bob.getBooks()} at once, and adding to a
 * collection (which is wrapped on first read) sets the member's reverse attribute. Works from the
 * annotations alone, so it needs no registry; an attached object's own state takes over once a
 * session tracks it.
 */
final class TransientRelationships {
    private static final ClassValue<Map<String, Side>> SIDES = new ClassValue<>() {
        @Override
        protected Map<String, Side> computeValue(Class<?> type) {
            Map<String, Side> sides = new HashMap<>();
            for (Field field : MappedFields.relationships(type)) {
                sides.put(field.getName(), new Side(field));
            }
            return sides;
        }
    };

    private TransientRelationships() {
    }

    /** Before {@code owner.attribute = value} runs on an object without an attached state. */
    static void beforeWrite(Object owner, String attribute, Object value) {
        Side side = SIDES.get(owner.getClass()).get(attribute);
        if (side == null || side.back() == null) {
            return;
        }
        Object previous = side.accessor.get(owner);
        if (previous == value) {
            return;
        }
        if (side.collection) {
            // a collection replaced as a whole: members that left lose their reverse side, new ones gain it
            Collection<?> before = previous instanceof Collection<?> c ? c : List.of();
            Collection<?> after = value instanceof Collection<?> c ? c : List.of();
            before.stream().filter(m -> !containsIdentity(after, m)).forEach(m -> unlink(owner, side, m));
            after.stream().filter(m -> !containsIdentity(before, m)).forEach(m -> link(owner, side, m));
            return;
        }
        if (previous != null) {
            unlink(owner, side, previous);
        }
        if (value != null) {
            link(owner, side, value);
        }
    }

    /** Before {@code owner.attribute} is read: a plain collection is wrapped so that adds and removes keep the reverse side. */
    static void beforeRead(Object owner, String attribute) {
        Side side = SIDES.get(owner.getClass()).get(attribute);
        if (side == null || !side.collection || side.back() == null) {
            return;
        }
        Object value = side.accessor.get(owner);
        if (value instanceof Collection<?> members && !isBackref(value)
                && (value instanceof List<?> || value instanceof Set<?>)) {
            side.accessor.set(owner, ObservedCollection.of(value instanceof Set<?>, members, new Backref(owner, side)));
        }
    }

    /** Makes the reverse side of {@code member} include (or point at) {@code owner}. */
    @SuppressWarnings("unchecked")
    private static void link(Object owner, Side side, Object member) {
        Side back = side.back();
        if (!loadedOn(member, back)) {
            queue(member, back, owner, true);
            return;
        }
        if (back.collection) {
            Object members = back.accessor.get(member);
            if (members == null) {
                members = new ArrayList<>();
                back.accessor.set(member, members);
            }
            addQuietly((Collection<Object>) members, owner);
            return;
        }
        Object previous = back.accessor.get(member);
        if (previous == owner) {
            return;
        }
        if (previous != null && back.back() != null) {
            unlink(member, back, previous); // the member moves to another parent: it leaves the previous parent's side
        }
        back.accessor.set(member, owner);
        touched(member);
    }

    /** Makes the reverse side of {@code member} no longer include (or point at) {@code owner}. */
    @SuppressWarnings("unchecked")
    private static void unlink(Object owner, Side side, Object member) {
        Side back = side.back();
        if (!loadedOn(member, back)) {
            queue(member, back, owner, false);
            return;
        }
        Object value = back.accessor.get(member);
        if (value instanceof Collection<?> collection) {
            removeQuietly((Collection<Object>) collection, owner);
        } else if (value == owner) {
            back.accessor.set(member, null);
            touched(member);
        }
    }

    /** Tells a session that holds {@code object} that one of its relationships was set quietly. */
    private static void touched(Object object) {
        if (object instanceof Instrumented instrumented && instrumented.athanor$state() instanceof AttributeHook hook) {
            hook.relationshipTouched();
        }
    }

    /**
     * An unloaded collection of a persistent object is not loaded to change it: the change waits in
     * its state until it loads (an unloaded many-to-one loads from the database later).
     */
    private static void queue(Object object, Side side, Object member, boolean added) {
        if (side.collection && object instanceof Instrumented instrumented
                && instrumented.athanor$state() instanceof AttributeHook hook) {
            hook.queueCollectionChange(side.accessor.name(), member, added);
        }
    }

    /** Whether the attribute holds its real value: false for a persistent object's unloaded relationship. */
    private static boolean loadedOn(Object object, Side side) {
        return !(object instanceof Instrumented instrumented
                && instrumented.athanor$state() instanceof AttributeHook hook && !hook.isLoaded(side.accessor.name()));
    }

    private static void addQuietly(Collection<Object> collection, Object member) {
        if (containsIdentity(collection, member)) {
            return;
        }
        if (isBackref(collection)) {
            ((ObservedCollection) collection).addSilently(member);
        } else {
            collection.add(member); // a session's tracked collection reports this add to its owner's session
        }
    }

    private static void removeQuietly(Collection<Object> collection, Object member) {
        if (isBackref(collection)) {
            ((ObservedCollection) collection).removeSilently(member);
        } else {
            collection.remove(member);
        }
    }

    private static boolean isBackref(Object collection) {
        return collection instanceof ObservedCollection observed && observed.observer() instanceof Backref;
    }

    private static boolean containsIdentity(Collection<?> collection, Object member) {
        for (Object candidate : collection) {
            if (candidate == member) {
                return true;
            }
        }
        return false;
    }

    /** One relationship field and, resolved on first use, the field its {@code backPopulates} names. */
    private static final class Side {
        final AttributeAccessor accessor;
        final boolean collection;
        private final Field field;
        private Side back;
        private boolean resolved;

        Side(Field field) {
            this.field = field;
            this.accessor = AttributeAccessor.of(field);
            this.collection = Collection.class.isAssignableFrom(field.getType());
        }

        Side back() {
            if (!resolved) {
                String name = field.getAnnotation(Relationship.class).backPopulates();
                Class<?> target = collection && field.getGenericType() instanceof ParameterizedType type
                        && type.getActualTypeArguments()[0] instanceof Class<?> element ? element : field.getType();
                back = name.isEmpty() ? null : SIDES.get(target).get(name);
                resolved = true;
            }
            return back;
        }
    }

    /** What a transient object's collection does with each member added or removed: keeps the member's reverse side. */
    private static final class Backref implements MemberObserver {
        private final Object owner;
        private final Side side;

        Backref(Object owner, Side side) {
            this.owner = owner;
            this.side = side;
        }

        @Override
        public void added(Object member) {
            if (member != null) {
                link(owner, side, member);
            }
        }

        @Override
        public void removed(Object member) {
            if (member != null) {
                unlink(owner, side, member);
            }
        }
    }
}
