package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.List;

/** The child of the Integer-keyed pair in the key-type fixture. */
@Table("kt_int_child")
public class IntChild implements KeyedChild {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Integer id;
    @Column(length = 40)
    String name;
    @Column
    @ForeignKey("kt_int_parent.id")
    Integer parentId;
    @Relationship(backPopulates = "children")
    IntParent parent;
    @Relationship(secondary = "kt_int_link", backPopulates = "tagged", orderBy = "name")
    List<IntParent> taggedBy = new ArrayList<>();

    IntChild() {
    }

    public IntChild(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IntParent getParent() {
        return parent;
    }

    @Override
    public List<IntParent> getTaggedBy() {
        return taggedBy;
    }
}
