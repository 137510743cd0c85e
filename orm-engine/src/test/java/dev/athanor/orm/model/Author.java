package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** An author with a unique email; books reference it. */
@Table
public class Author {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100, nullable = false)
    String name;
    @Column(length = 200, unique = true)
    String email;

    Author() {
    }

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
