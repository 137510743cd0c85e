package dev.athanor.orm.plain;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.enhanced.Writer;

/**
 * A plain (not enhanced) class whose many-to-one points at the enhanced {@link Writer}, whose
 * {@code fans} collection points back: one relationship across the two kinds of class.
 */
@Table("rel_fan")
public class Fan {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @ForeignKey("enh_writer.id")
    Long writerId;
    @Relationship(backPopulates = "fans")
    Writer writer;

    Fan() {
    }

    public Fan(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Long getWriterId() {
        return writerId;
    }

    public Writer getWriter() {
        return writer;
    }

    public void setWriter(Writer writer) {
        this.writer = writer;
    }
}
