package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.List;

/** The child of the Long-keyed pair in the key-type fixture. */
@Table("kt_long_child")
public class LongChild implements KeyedChild {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Long id;
    @Column(length = 40)
    String name;
    @Column
    @ForeignKey("kt_long_parent.id")
    Long parentId;
    @Relationship(backPopulates = "children")
    LongParent parent;
    @Relationship(secondary = "kt_long_link", backPopulates = "tagged", orderBy = "name")
    List<LongParent> taggedBy = new ArrayList<>();

    LongChild() {
    }

    public LongChild(Long id, String name) {
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
    public LongParent getParent() {
        return parent;
    }

    @Override
    public List<LongParent> getTaggedBy() {
        return taggedBy;
    }
}
