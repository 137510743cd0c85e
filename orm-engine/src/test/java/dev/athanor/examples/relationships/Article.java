package dev.athanor.examples.relationships;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An article whose labels are association objects that record who added each label. */
// tag::article[]
@Table("article")
public class Article {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200)
    String title;
    @Relationship(backPopulates = "article", cascade = "all, delete-orphan")
    List<ArticleLabel> labelLinks = new ArrayList<>();
// end::article[]

    Article() {
    }

    public Article(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public List<ArticleLabel> getLabelLinks() {
        return labelLinks;
    }
}
