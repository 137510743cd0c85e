package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;

/** The plain association table between users and groups (no extra columns). */
@Table("user_group_association")
public class UserGroupAssociation {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("users.id")
    Integer userId;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("groups.id")
    Integer groupId;

    UserGroupAssociation() {
    }
}
