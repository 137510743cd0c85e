package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** An enhanced book (int key) of a {@link Writer}, perhaps on a {@link Shelf}. */
@Table("enh_novel")
public class Novel {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String title;
    @ForeignKey("enh_writer.id")
    Long writerId;
    @Relationship(backPopulates = "novels")
    Writer writer;
    @Column(length = 20)
    @ForeignKey("enh_shelf.code")
    String shelfCode;
    @Relationship(backPopulates = "novels")
    Shelf shelf;

    Novel() {
    }

    public Novel(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getShelfCode() {
        return shelfCode;
    }

    public Shelf getShelf() {
        return shelf;
    }

    public void setShelf(Shelf shelf) {
        this.shelf = shelf;
    }
}
