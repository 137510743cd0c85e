package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parent of the String-keyed pair in the key-type fixture. */
@Table("kt_str_parent")
public class StrParent implements KeyedParent {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE, length = 40)
    String id;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "parent", orderBy = "name")
    List<StrChild> children = new ArrayList<>();
    @Relationship(secondary = "kt_str_link", backPopulates = "taggedBy", orderBy = "name")
    Set<StrChild> tagged = new LinkedHashSet<>();

    StrParent() {
    }

    public StrParent(String id, String name) {
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
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<StrChild> getChildren() {
        return children;
    }

    @Override
    public Set<StrChild> getTagged() {
        return tagged;
    }
}
