package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.UseList;
import java.util.ArrayList;
import java.util.List;

/** A user with one profile (one-to-one) and project memberships (association objects). */
@Table("rel_user")
public class RelUser {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @Relationship(uselist = UseList.FALSE, backPopulates = "user", cascade = "all, delete-orphan")
    RelProfile profile;
    @Relationship(backPopulates = "user")
    List<RelMembership> memberships = new ArrayList<>();

    RelUser() {
    }

    public RelUser(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public RelProfile getProfile() {
        return profile;
    }

    public void setProfile(RelProfile profile) {
        this.profile = profile;
    }

    public List<RelMembership> getMemberships() {
        return memberships;
    }
}
