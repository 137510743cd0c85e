package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A project whose members are association objects carrying who added them. */
@Table("rel_project")
public class RelProject {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @Relationship(backPopulates = "project", cascade = "all, delete-orphan")
    List<RelMembership> memberships = new ArrayList<>();

    RelProject() {
    }

    public RelProject(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public List<RelMembership> getMemberships() {
        return memberships;
    }
}
