package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A department and its employees. */
// tag::department[]
@Table("department")
public class Department {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50)
    String name;
    @Relationship(backPopulates = "department")
    List<Employee> employees = new ArrayList<>();
// end::department[]

    Department() {
    }

    public Department(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<Employee> getEmployees() {
        return employees;
    }
}
