package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.List;

/** The child of the String-keyed pair in the key-type fixture. */
@Table("kt_str_child")
public class StrChild implements KeyedChild {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE, length = 40)
    String id;
    @Column(length = 40)
    String name;
    @Column(length = 40)
    @ForeignKey("kt_str_parent.id")
    String parentId;
    @Relationship(backPopulates = "children")
    StrParent parent;
    @Relationship(secondary = "kt_str_link", backPopulates = "tagged", orderBy = "name")
    List<StrParent> taggedBy = new ArrayList<>();

    StrChild() {
    }

    public StrChild(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public StrParent getParent() {
        return parent;
    }

    @Override
    public List<StrParent> getTaggedBy() {
        return taggedBy;
    }
}
