package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Check;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Index;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Unique;

/** Table-level options: a schema, a named unique constraint, an index and a check constraint. */
// tag::article[]
@Table(value = "articles", schema = "blog",
        uniqueConstraints = @Unique(columns = "slug", name = "uq_article_slug"),
        indexes = @Index(columns = "author_id", name = "ix_article_author"),
        checks = @Check(value = "length(title) > 0", name = "ck_article_title"))
public class Article {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String slug;
    @Column(length = 200)
    String title;
    @ForeignKey("blog.writers.id")
    Integer authorId;
}
// end::article[]
