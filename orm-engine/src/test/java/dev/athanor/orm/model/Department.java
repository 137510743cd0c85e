package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** A department; employees reference it. */
@Table
public class Department {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100, nullable = false, unique = true)
    String name;

    protected Department() {
    }

    public Department(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
