package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of users, linked through {@code user_group_association}. */
@Table("groups")
public class Group {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String name;
    @Relationship(secondary = "user_group_association", backPopulates = "groups")
    List<User> members = new ArrayList<>();

    Group() {
    }

    public Group(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<User> getMembers() {
        return members;
    }
}
