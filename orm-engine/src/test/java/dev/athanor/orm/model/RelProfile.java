package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** The one profile of a {@link RelUser}. */
@Table("rel_profile")
public class RelProfile {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 200)
    String bio;
    @Column(unique = true)
    @ForeignKey("rel_user.id")
    Long userId;
    @Relationship(backPopulates = "profile")
    RelUser user;

    RelProfile() {
    }

    public RelProfile(String bio) {
        this.bio = bio;
    }

    public String getBio() {
        return bio;
    }

    public RelUser getUser() {
        return user;
    }

    public Long getUserId() {
        return userId;
    }
}
