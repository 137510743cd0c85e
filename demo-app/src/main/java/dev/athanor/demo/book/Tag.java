package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** A label put on books ({@code classic}, {@code sci-fi}); linked to books through {@link BookTag}. */
@Table("tag")
public class Tag {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 40, nullable = false, unique = true)
    String name;

    Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
