package dev.athanor.orm;

import java.util.List;

/**
 * The history of one attribute since its object was loaded or flushed, like SQLAlchemy's
 * {@code History}: a changed attribute has its new value in {@code added} and the database's in
 * {@code deleted}; an unchanged one has its value in {@code unchanged}; a pending object's values
 * are all {@code added}.
 */
public record AttributeHistory(List<Object> added, List<Object> unchanged, List<Object> deleted) {
    /** Whether the attribute changed. */
    public boolean hasChanges() {
        return !added.isEmpty() || !deleted.isEmpty();
    }

    static AttributeHistory of(Object current, Object committed, boolean pending) {
        if (pending) {
            return new AttributeHistory(java.util.Collections.singletonList(current), List.of(), List.of());
        }
        if (InstanceState.same(current, committed)) {
            return new AttributeHistory(List.of(), java.util.Collections.singletonList(current), List.of());
        }
        return new AttributeHistory(java.util.Collections.singletonList(current), List.of(),
                java.util.Collections.singletonList(committed));
    }
}
