package dev.athanor.orm.enhanced;

import dev.athanor.schema.Autoincrement;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An enhanced tag (UUID key). */
@Table("enh_tag")
public class Tag {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    UUID id;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "tag")
    List<PostTag> posts = new ArrayList<>();

    Tag() {
    }

    public Tag(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PostTag> getPosts() {
        return posts;
    }
}
