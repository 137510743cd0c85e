package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** One audit row (what happened to which article); written by event listeners in the event tests. */
@Table
public class AuditEntry {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 20, nullable = false)
    String action;
    Long articleId;

    AuditEntry() {
    }

    public AuditEntry(String action, Long articleId) {
        this.action = action;
        this.articleId = articleId;
    }

    public String getAction() {
        return action;
    }

    public Long getArticleId() {
        return articleId;
    }
}
