package dev.athanor.examples.relationships;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A label on articles, reached through {@link ArticleLabel}. */
// tag::label[]
@Table("label")
public class Label {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, unique = true)
    String name;
    @Relationship(backPopulates = "label")
    List<ArticleLabel> articleLinks = new ArrayList<>();
// end::label[]

    Label() {
    }

    public Label(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<ArticleLabel> getArticleLinks() {
        return articleLinks;
    }
}
