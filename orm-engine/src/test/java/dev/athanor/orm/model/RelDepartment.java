package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A department whose employees are not deleted with it (default cascade). */
@Table("rel_department")
public class RelDepartment {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @Relationship(backPopulates = "department")
    List<RelEmployee> employees = new ArrayList<>();

    RelDepartment() {
    }

    public RelDepartment(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public List<RelEmployee> getEmployees() {
        return employees;
    }
}
