package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parent of the Integer-keyed pair in the key-type fixture. */
@Table("kt_int_parent")
public class IntParent implements KeyedParent {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Integer id;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "parent", orderBy = "name")
    List<IntChild> children = new ArrayList<>();
    @Relationship(secondary = "kt_int_link", backPopulates = "taggedBy", orderBy = "name")
    Set<IntChild> tagged = new LinkedHashSet<>();

    IntParent() {
    }

    public IntParent(Integer id, String name) {
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
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<IntChild> getChildren() {
        return children;
    }

    @Override
    public Set<IntChild> getTagged() {
        return tagged;
    }
}
