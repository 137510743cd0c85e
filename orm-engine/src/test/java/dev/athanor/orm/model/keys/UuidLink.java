package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import java.util.UUID;

/** The association table between UuidParent and UuidChild. */
@Table("kt_uuid_link")
public class UuidLink {
    @Column(primaryKey = true)
    @ForeignKey("kt_uuid_parent.id")
    UUID parentId;
    @Column(primaryKey = true)
    @ForeignKey("kt_uuid_child.id")
    UUID childId;

    UuidLink() {
    }
}
