package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.types.TextType;

/** The one profile of a {@link User}: the unique foreign key makes it one-to-one. */
// tag::profile[]
@Table("user_profiles")
public class UserProfile {
    @Column(primaryKey = true)
    Integer id;
    @Column(unique = true)
    @ForeignKey("users.id")
    Integer userId;
    @Column(type = TextType.class)
    String bio;
    @Column(length = 255)
    String avatarUrl;
    @Relationship(backPopulates = "profile")
    User user;
// end::profile[]

    UserProfile() {
    }

    public UserProfile(String bio, String avatarUrl) {
        this.bio = bio;
        this.avatarUrl = avatarUrl;
    }

    public Integer getUserId() {
        return userId;
    }

    public String getBio() {
        return bio;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
