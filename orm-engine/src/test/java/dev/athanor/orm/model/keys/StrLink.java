package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table between StrParent and StrChild. */
@Table("kt_str_link")
public class StrLink {
    @Column(primaryKey = true, length = 40)
    @ForeignKey("kt_str_parent.id")
    String parentId;
    @Column(primaryKey = true, length = 40)
    @ForeignKey("kt_str_child.id")
    String childId;

    StrLink() {
    }
}
