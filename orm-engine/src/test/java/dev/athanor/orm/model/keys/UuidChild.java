package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The child of the UUID-keyed pair in the key-type fixture. */
@Table("kt_uuid_child")
public class UuidChild implements KeyedChild {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    UUID id;
    @Column(length = 40)
    String name;
    @Column
    @ForeignKey("kt_uuid_parent.id")
    UUID parentId;
    @Relationship(backPopulates = "children")
    UuidParent parent;
    @Relationship(secondary = "kt_uuid_link", backPopulates = "tagged", orderBy = "name")
    List<UuidParent> taggedBy = new ArrayList<>();

    UuidChild() {
    }

    public UuidChild(UUID id, String name) {
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
    public UuidParent getParent() {
        return parent;
    }

    @Override
    public List<UuidParent> getTaggedBy() {
        return taggedBy;
    }
}
