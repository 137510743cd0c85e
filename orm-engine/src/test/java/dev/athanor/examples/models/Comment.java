package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.types.TextType;

/** A comment on a {@link Post}. */
@Table("comments")
public class Comment {
    @Column(primaryKey = true)
    Integer id;
    @Column(type = TextType.class)
    String content;
    @ForeignKey("posts.id")
    Integer postId;
    @Relationship(backPopulates = "comments")
    Post post;

    Comment() {
    }

    public Comment(String content) {
        this.content = content;
    }

    public String getContent() {
        return content;
    }

    public Post getPost() {
        return post;
    }
}
