package dev.athanor.examples.relationships;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.time.LocalDateTime;

/** The association object between articles and labels, with columns of its own. */
// tag::article-label[]
@Table("article_label")
public class ArticleLabel {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("article.id")
    Integer articleId;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("label.id")
    Integer labelId;
    LocalDateTime addedAt = LocalDateTime.now();   // a new link's default
    @Column(length = 80)
    String addedBy;
    @Relationship(backPopulates = "labelLinks")
    Article article;
    @Relationship(backPopulates = "articleLinks")
    Label label;
// end::article-label[]

    ArticleLabel() {
    }

    public ArticleLabel(Label label, String addedBy) {
        this.label = label;
        this.addedBy = addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Article getArticle() {
        return article;
    }

    public Label getLabel() {
        return label;
    }
}
