package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The parent of the UUID-keyed pair in the key-type fixture. */
@Table("kt_uuid_parent")
public class UuidParent implements KeyedParent {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    UUID id;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "parent", orderBy = "name")
    List<UuidChild> children = new ArrayList<>();
    @Relationship(secondary = "kt_uuid_link", backPopulates = "taggedBy", orderBy = "name")
    Set<UuidChild> tagged = new LinkedHashSet<>();

    UuidParent() {
    }

    public UuidParent(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
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
    public List<UuidChild> getChildren() {
        return children;
    }

    @Override
    public Set<UuidChild> getTagged() {
        return tagged;
    }
}
