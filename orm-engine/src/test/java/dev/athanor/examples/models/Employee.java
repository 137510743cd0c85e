package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An employee of a department, whose manager is another employee (self-referential). */
// tag::employee[]
@Table("employee")
public class Employee {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String name;
    @ForeignKey("department.id")
    Integer deptId;
    @ForeignKey("employee.id")
    Integer managerId;
    @Relationship(backPopulates = "employees")
    Department department;
    @Relationship(remoteSide = "id", backPopulates = "subordinates")
    Employee manager;
    @Relationship(backPopulates = "manager")
    List<Employee> subordinates = new ArrayList<>();
// end::employee[]

    Employee() {
    }

    public Employee(Integer id, String name, Integer deptId) {
        this.id = id;
        this.name = name;
        this.deptId = deptId;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getManager() {
        return manager;
    }

    public void setManager(Employee manager) {
        this.manager = manager;
    }

    public List<Employee> getSubordinates() {
        return subordinates;
    }
}
