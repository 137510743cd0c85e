package dev.athanor.examples.blog;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** The documents' {@code Post}: a title and content written by a user. */
@Table("posts")
public class Post {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200, nullable = false)
    String title;
    @Column(length = 2000)
    String content;
    @ForeignKey("users.id")
    Integer userId;
    @Relationship(backPopulates = "posts")
    User author;

    protected Post() {
    }

    public Post(String title, String content, User author) {
        this.title = title;
        this.content = content;
        this.author = author;
        author.getPosts().add(this);
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public User getAuthor() {
        return author;
    }
}
