package dev.athanor.examples.blog;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDateTime;

/** The events section's audit trail: one row per insert, update or delete of a user. */
@Table("audit_log")
public class AuditLog {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, nullable = false)
    String tableName;
    @Column(length = 10, nullable = false)
    String action;
    @Column(nullable = false)
    Integer recordId;
    @Column
    LocalDateTime timestamp;
    @Column
    Integer userId;

    protected AuditLog() {
    }

    public String getAction() {
        return action;
    }

    public Integer getRecordId() {
        return recordId;
    }
}
