package dev.athanor.demo.author;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;

/** Someone who wrote books; names are unique. */
@Table("author")
public class Author {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100, nullable = false, unique = true)
    String name;
    @Version
    Integer version;

    Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getVersion() {
        return version;
    }
}
