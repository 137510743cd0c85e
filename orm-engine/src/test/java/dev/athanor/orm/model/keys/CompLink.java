package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table between {@link CompParent} and {@link CompChild}. */
@Table("kt_comp_link")
public class CompLink {
    @Column(primaryKey = true, length = 10)
    @ForeignKey("kt_comp_parent.region")
    String parentRegion;
    @Column(primaryKey = true)
    @ForeignKey("kt_comp_parent.seq")
    Integer parentSeq;
    @Column(primaryKey = true, length = 10)
    @ForeignKey("kt_comp_child.region")
    String childRegion;
    @Column(primaryKey = true)
    @ForeignKey("kt_comp_child.seq")
    Integer childSeq;

    CompLink() {
    }
}
