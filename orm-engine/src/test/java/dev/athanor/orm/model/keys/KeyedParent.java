package dev.athanor.orm.model.keys;

import java.util.Collection;
import java.util.List;

/** The parent side of each key type's entity pair, so one test drives them all. */
public interface KeyedParent {
    String getName();

    void setName(String name);

    /** One-to-many, ordered by name. */
    List<? extends KeyedChild> getChildren();

    /** Many-to-many through the pair's link table, ordered by name. */
    Collection<? extends KeyedChild> getTagged();
}
