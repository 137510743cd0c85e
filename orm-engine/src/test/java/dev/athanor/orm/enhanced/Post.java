package dev.athanor.orm.enhanced;

import dev.athanor.schema.Autoincrement;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An enhanced post (String key) tagged through {@link PostTag} association objects. */
@Table("enh_post")
public class Post {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE, length = 40)
    String slug;
    @Column(length = 100)
    String title;
    @Relationship(backPopulates = "post", cascade = "all, delete-orphan")
    List<PostTag> tags = new ArrayList<>();

    Post() {
    }

    public Post(String slug, String title, List<PostTag> tags) {
        this.slug = slug;
        this.title = title;
        this.tags = new ArrayList<>(tags);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<PostTag> getTags() {
        return tags;
    }
}
