package dev.athanor.examples.relationships;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.time.LocalDateTime;
import java.util.function.Supplier;

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
    @Column(insertDefault = Now.class)
    LocalDateTime addedAt;
    @Column(length = 80)
    String addedBy;
    @Relationship(backPopulates = "labelLinks")
    Article article;
    @Relationship(backPopulates = "articleLinks")
    Label label;

    public static final class Now implements Supplier<LocalDateTime> {
        @Override
        public LocalDateTime get() {
            return LocalDateTime.now();
        }
    }
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
