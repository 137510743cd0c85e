package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.UUID;

/** The association object between {@link Post} and {@link Tag}, with who added the tag. */
@Table("enh_post_tag")
public class PostTag {
    @Column(primaryKey = true, length = 40)
    @ForeignKey("enh_post.slug")
    String postSlug;
    @Column(primaryKey = true)
    @ForeignKey("enh_tag.id")
    UUID tagId;
    @Column(length = 40)
    String addedBy;
    @Relationship(backPopulates = "tags")
    Post post;
    @Relationship(backPopulates = "posts")
    Tag tag;

    PostTag() {
    }

    public PostTag(Tag tag, String addedBy) {
        this.tag = tag;
        this.addedBy = addedBy;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public void setAddedBy(String addedBy) {
        this.addedBy = addedBy;
    }

    public Post getPost() {
        return post;
    }

    public Tag getTag() {
        return tag;
    }
}
