package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** A post tagged through the association table {@code rel_post_tag}. */
@Table("rel_post")
public class RelPost {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String title;
    @Relationship(secondary = "rel_post_tag", backPopulates = "posts", orderBy = "name")
    Set<RelTag> tags = new LinkedHashSet<>();

    RelPost() {
    }

    public RelPost(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Set<RelTag> getTags() {
        return tags;
    }
}
