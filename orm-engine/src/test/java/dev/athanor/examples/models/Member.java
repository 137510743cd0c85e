package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Check;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Index;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Unique;
import java.time.LocalDateTime;

/** Nullability from the Java type, Java-side and database-side defaults, and table constraints. */
// tag::member[]
@Table(value = "members",
        uniqueConstraints = @Unique(columns = "email", name = "uq_members_email"),
        indexes = @Index(columns = {"is_active", "name"}, name = "ix_members_active_name"),
        checks = @Check(value = "age >= 0", name = "ck_members_age_nonneg"))
public class Member {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100, index = true, nullable = false)
    String name;                                   // NOT NULL because nullable = false
    @Column(length = 255, nullable = false)
    String email;
    Integer age;                                   // a boxed type: NULL allowed
    boolean isActive = true;                       // a primitive: NOT NULL
    LocalDateTime created = LocalDateTime.now();   // a new object's default, set in Java
    @Column(serverDefault = "CURRENT_TIMESTAMP")
    LocalDateTime seen;                            // filled by the database
// end::member[]

    Member() {
    }

    public Member(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Integer getAge() {
        return age;
    }

    public LocalDateTime getCreated() {
        return created;
    }
}
