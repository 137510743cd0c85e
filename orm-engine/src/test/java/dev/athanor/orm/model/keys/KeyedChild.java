package dev.athanor.orm.model.keys;

import java.util.List;

/** The child side of each key type's entity pair. */
public interface KeyedChild {
    String getName();

    /** Many-to-one. */
    KeyedParent getParent();

    /** The other side of {@link KeyedParent#getTagged()}. */
    List<? extends KeyedParent> getTaggedBy();
}
