package dev.athanor.examples.blog;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The documents' {@code User}: a unique username and email, an active flag, timestamps and posts. */
@Table("users")
public class User {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, nullable = false, unique = true)
    String username;
    @Column(length = 100, nullable = false, unique = true)
    String email;
    @Column(serverDefault = "TRUE")              // bulk INSERTs that leave it out get it too
    Boolean isActive = true;
    @Column
    LocalDateTime createdAt;
    @Column
    LocalDateTime updatedAt;
    @Column
    LocalDateTime lastLogin;
    @Relationship(backPopulates = "author", cascade = "all, delete-orphan", orderBy = "id")
    List<Post> posts = new ArrayList<>();

    protected User() {
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

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public LocalDateTime getLastLogin() {
        return lastLogin;
    }

    public List<Post> getPosts() {
        return posts;
    }
}
