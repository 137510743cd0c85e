package dev.athanor.sql.compiler;

import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.Executable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shape of a statement — everything that decides its SQL text — together with its bind
 * parameters in traversal order. Two statements that differ only in bound values have equal keys,
 * so the compile cache hands the second one the first one's {@link CompiledSql}; the values are
 * then taken from {@link #binds()} by position.
 */
public final class CacheKey {
    private final List<Object> shape;
    private final List<BindParameter<?>> binds;
    private final int hash;

    private CacheKey(List<Object> shape, List<BindParameter<?>> binds) {
        this.shape = shape;
        this.binds = binds;
        this.hash = shape.hashCode();
    }

    /**
     * The key of an element. Statements ({@link Executable}) are immutable and keep theirs once
     * built (see {@link Executable#cacheKey()}), so executing the same statement object again
     * neither traverses nor re-hashes it.
     */
    public static CacheKey of(ClauseElement element) {
        return element instanceof Executable executable ? executable.cacheKey() : build(element);
    }

    /** Traverses an element and returns a new key; statements call this once and keep the result. */
    public static CacheKey build(ClauseElement element) {
        Builder builder = new Builder();
        element.appendCacheKey(builder);
        return builder.build();
    }

    /** The bind parameters of the statement this key was made from, in traversal order. */
    public List<BindParameter<?>> binds() {
        return binds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey key && hash == key.hash && shape.equals(key.shape);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + shape;
    }

    /**
     * An immutable statement's key, built on first use and kept: executing the same statement
     * object again neither traverses nor hashes it. A racing thread at worst builds an equal key.
     */
    public static final class Memo {
        private CacheKey key;

        /** The key of {@code owner}, the statement holding this memo. */
        public CacheKey of(ClauseElement owner) {
            CacheKey built = key;
            if (built == null) {
                built = build(owner);
                key = built;
            }
            return built;
        }
    }

    /** Collects shape tokens and bind parameters while an element tree is traversed. */
    public static final class Builder {
        private final List<Object> shape = new ArrayList<>();
        private final List<BindParameter<?>> binds = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a token of shape: a string, an enum, a type, a number of children — anything with
         * value equality that changes the SQL text.
         */
        public Builder append(Object token) {
            shape.add(token);
            return this;
        }

        /** A labelled list of elements: the label, their number, then each one's shape. */
        public Builder appendAll(String label, List<? extends ClauseElement> elements) {
            shape.add(label);
            shape.add(elements.size());
            elements.forEach(element -> element.appendCacheKey(this));
            return this;
        }

        /** Registers a bind parameter; its position in this list is how compilations find it. */
        public Builder bind(BindParameter<?> parameter) {
            binds.add(parameter);
            return this;
        }

        CacheKey build() {
            return new CacheKey(Collections.unmodifiableList(shape), Collections.unmodifiableList(binds));
        }
    }
}
