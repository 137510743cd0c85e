package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDateTime;

/** An article whose {@code updatedAt} an event listener stamps; used by the event tests. */
@Table
public class Article {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 200, nullable = false)
    String title;
    LocalDateTime updatedAt;

    Article() {
    }

    public Article(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
