package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A tag on many {@link RelPost}s. */
@Table("rel_tag")
public class RelTag {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @Relationship(secondary = "rel_post_tag", backPopulates = "tags")
    List<RelPost> posts = new ArrayList<>();

    RelTag() {
    }

    public RelTag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<RelPost> getPosts() {
        return posts;
    }
}
