package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.UseList;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The examples' user: posts (one-to-many), a profile (one-to-one) and groups (many-to-many). */
// tag::user[]
@Table("users")
public class User {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, unique = true, nullable = false)
    String username;
    @Column(length = 255, unique = true)
    String email;
    Integer age;
    @Column(serverDefault = "TRUE")
    boolean isActive = true;                       // the initializer is the default for new objects
    @Column(serverDefault = "CURRENT_TIMESTAMP")
    LocalDateTime createdAt;
    LocalDateTime lastLogin;
    @Column(serverDefault = "0")
    int loginCount;

    @Relationship(backPopulates = "author", cascade = "all, delete-orphan")
    List<Post> posts = new ArrayList<>();
    @Relationship(backPopulates = "user", uselist = UseList.FALSE, cascade = "all, delete-orphan")
    UserProfile profile;
    @Relationship(secondary = "user_group_association", backPopulates = "members")
    List<Group> groups = new ArrayList<>();
// end::user[]

    User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Integer getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public boolean isActive() {
        return isActive;
    }

    public void setActive(boolean active) {
        isActive = active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getLoginCount() {
        return loginCount;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public UserProfile getProfile() {
        return profile;
    }

    public void setProfile(UserProfile profile) {
        this.profile = profile;
    }

    public List<Group> getGroups() {
        return groups;
    }

    @Override
    public String toString() {
        return "<User(id=" + id + ", username='" + username + "')>";
    }
}
