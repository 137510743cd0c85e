package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table between IntParent and IntChild. */
@Table("kt_int_link")
public class IntLink {
    @Column(primaryKey = true)
    @ForeignKey("kt_int_parent.id")
    Integer parentId;
    @Column(primaryKey = true)
    @ForeignKey("kt_int_child.id")
    Integer childId;

    IntLink() {
    }
}
