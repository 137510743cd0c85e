package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.types.TextType;
import java.util.ArrayList;
import java.util.List;

/** A post written by a {@link User}, with comments. */
@Table("posts")
public class Post {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200, nullable = false)
    String title;
    @Column(type = TextType.class)
    String content;
    @ForeignKey("users.id")
    Integer userId;
    boolean published;
    @Relationship(backPopulates = "posts")
    User author;
    @Relationship(backPopulates = "post", cascade = "all, delete-orphan")
    List<Comment> comments = new ArrayList<>();

    Post() {
    }

    public Post(String title, String content) {
        this.title = title;
        this.content = content;
    }

    public Post(String title, String content, User author) {
        this.title = title;
        this.content = content;
        this.author = author;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Integer getUserId() {
        return userId;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public User getAuthor() {
        return author;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
