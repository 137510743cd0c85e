package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** A tag on books. */
@Table("q_tag")
public class QTag {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;

    QTag() {
    }

    public QTag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "QTag(" + name + ")";
    }
}
