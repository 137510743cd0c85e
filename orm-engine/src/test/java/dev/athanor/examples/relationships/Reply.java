package dev.athanor.examples.relationships;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDateTime;

/** A reply to a {@link Topic}. */
@Table("reply")
public class Reply {
    @Column(primaryKey = true)
    Integer id;
    @ForeignKey("topic.id")
    Integer topicId;
    @Column(length = 200)
    String text;
    LocalDateTime postedAt;

    Reply() {
    }

    public Reply(String text, LocalDateTime postedAt) {
        this.text = text;
        this.postedAt = postedAt;
    }

    public String getText() {
        return text;
    }
}
