package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table between LongParent and LongChild. */
@Table("kt_long_link")
public class LongLink {
    @Column(primaryKey = true)
    @ForeignKey("kt_long_parent.id")
    Long parentId;
    @Column(primaryKey = true)
    @ForeignKey("kt_long_child.id")
    Long childId;

    LongLink() {
    }
}
