package dev.athanor.examples.relationships;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A topic whose replies show the relationship options: loading, cascade and ordering. */
// tag::topic[]
@Table("topic")
public class Topic {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String title;
    @Relationship(
            lazy = Lazy.SELECT,                            // the default: a SELECT on first access
            // JOINED: a LEFT OUTER JOIN in the parent's query; SELECTIN, SUBQUERY: one more query
            // for all parents; WRITE_ONLY: never loaded, query it; NOLOAD: stays empty;
            // RAISE: accessing it is an error
            cascade = "all, delete-orphan",                // or "all", or "save-update, merge" (the default)
            orderBy = "postedAt desc")
    List<Reply> replies = new ArrayList<>();
// end::topic[]

    Topic() {
    }

    public Topic(String title) {
        this.title = title;
    }

    public List<Reply> getReplies() {
        return replies;
    }
}
