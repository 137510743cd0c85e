package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** The association object between {@link RelProject} and {@link RelUser}, with an extra column. */
@Table("rel_membership")
public class RelMembership {
    @Column(primaryKey = true)
    @ForeignKey("rel_project.id")
    Long projectId;
    @Column(primaryKey = true)
    @ForeignKey("rel_user.id")
    Long userId;
    @Column(length = 50)
    String addedBy;
    @Relationship(backPopulates = "memberships")
    RelProject project;
    @Relationship(backPopulates = "memberships")
    RelUser user;

    RelMembership() {
    }

    public RelMembership(RelUser user, String addedBy) {
        this.user = user;
        this.addedBy = addedBy;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public RelProject getProject() {
        return project;
    }

    public RelUser getUser() {
        return user;
    }
}
