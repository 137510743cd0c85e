package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.util.LinkedHashSet;
import java.util.Set;

/** An enhanced shelf (String key) holding a set of {@link Novel}s. */
@Table("enh_shelf")
public class Shelf {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE, length = 20)
    String code;
    @Relationship(backPopulates = "shelf")
    Set<Novel> novels = new LinkedHashSet<>();

    Shelf() {
    }

    public Shelf(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public Set<Novel> getNovels() {
        return novels;
    }

    public void setNovels(Set<Novel> novels) {
        this.novels = novels;
    }
}
