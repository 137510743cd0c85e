package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table of {@link RelPost#getTags()}, mapped as a class so a package scan finds it. */
@Table("rel_post_tag")
public class RelPostTag {
    @Column(primaryKey = true)
    @ForeignKey("rel_post.id")
    Long postId;
    @Column(primaryKey = true)
    @ForeignKey("rel_tag.id")
    Long tagId;

    RelPostTag() {
    }
}
