package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parent of the Long-keyed pair in the key-type fixture. */
@Table("kt_long_parent")
public class LongParent implements KeyedParent {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Long id;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "parent", orderBy = "name")
    List<LongChild> children = new ArrayList<>();
    @Relationship(secondary = "kt_long_link", backPopulates = "taggedBy", orderBy = "name")
    Set<LongChild> tagged = new LinkedHashSet<>();

    LongParent() {
    }

    public LongParent(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<LongChild> getChildren() {
        return children;
    }

    @Override
    public Set<LongChild> getTagged() {
        return tagged;
    }
}
