package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** An enhanced class mapped by no other test, so the log of its mapping mode is seen once. */
@Table("enh_stamp")
public class Stamp {
    @Column(primaryKey = true, length = 20)
    String code;

    Stamp() {
    }
}
