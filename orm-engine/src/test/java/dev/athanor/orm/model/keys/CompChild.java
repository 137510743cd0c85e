package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.List;

/**
 * The child of the composite-keyed pair. Its two foreign-key fields form one composite key in the
 * database; {@code KeyTypes} writes that DDL, as a field annotation declares one column only.
 */
@Table("kt_comp_child")
public class CompChild implements KeyedChild {
    @Column(primaryKey = true, length = 10)
    String region;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Integer seq;
    @Column(length = 40)
    String name;
    @Column(length = 10)
    @ForeignKey("kt_comp_parent.region")
    String parentRegion;
    @ForeignKey("kt_comp_parent.seq")
    Integer parentSeq;
    @Relationship(backPopulates = "children", foreignKeys = {"parentRegion", "parentSeq"})
    CompParent parent;
    @Relationship(secondary = "kt_comp_link", backPopulates = "tagged", orderBy = "name")
    List<CompParent> taggedBy = new ArrayList<>();

    CompChild() {
    }

    public CompChild(String region, Integer seq, String name) {
        this.region = region;
        this.seq = seq;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompParent getParent() {
        return parent;
    }

    @Override
    public List<CompParent> getTaggedBy() {
        return taggedBy;
    }
}
