package dev.athanor.orm.internal;

/** What an intercepted accessor of a loaded object calls before running the user's code. */
public interface AttributeHook {
    /**
     * Before a relationship getter ({@code index} ≥ 0, the relationship's index) or a column getter
     * ({@code -2 - index}, the column property's index; {@code -1} when unknown) returns.
     */
    void beforeGet(int relationshipIndex);

    /** Before a many-to-one setter stores {@code value}. */
    void beforeSet(int relationshipIndex, Object value);
}
