package dev.athanor.orm;

import java.util.List;

/**
 * One way of loading a relationship, chosen by its {@link Lazy} value (the mapping's, or a query
 * option's): what happens when the getter of an unloaded attribute is called, and what happens
 * right after a query has loaded a batch of parents. {@link RelationshipLoader} keeps one strategy
 * per {@code Lazy} value; eager strategies do their work in {@link #afterQuery} and fall back to a
 * lazy load for objects that did not come from a query.
 */
interface LoaderStrategy {
    /** Loads an unloaded attribute of one object whose getter was called. */
    void load(InstanceState state, RelationshipProperty relationship);

    /** Runs after a query loaded {@code parents} (all of one mapper, new or refreshed); eager strategies load here. */
    default void afterQuery(RelationshipProperty relationship, List<InstanceState> parents) {
    }
}
