package dev.athanor.orm.model.keys;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parent of the composite-keyed pair (region, seq) in the key-type fixture. */
@Table("kt_comp_parent")
public class CompParent implements KeyedParent {
    @Column(primaryKey = true, length = 10)
    String region;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Integer seq;
    @Column(length = 40)
    String name;
    @Relationship(backPopulates = "parent", orderBy = "name", foreignKeys = {"parentRegion", "parentSeq"})
    List<CompChild> children = new ArrayList<>();
    @Relationship(secondary = "kt_comp_link", backPopulates = "taggedBy", orderBy = "name")
    Set<CompChild> tagged = new LinkedHashSet<>();

    CompParent() {
    }

    public CompParent(String region, Integer seq, String name) {
        this.region = region;
        this.seq = seq;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<CompChild> getChildren() {
        return children;
    }

    @Override
    public Set<CompChild> getTagged() {
        return tagged;
    }
}
