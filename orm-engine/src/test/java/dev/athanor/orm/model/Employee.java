package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import java.math.BigDecimal;

/** An employee of a department, linked by the {@code dept_id} foreign key. */
@Table
public class Employee {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100, nullable = false)
    String name;
    @ForeignKey("department.id")
    Integer deptId;
    @Column(precision = 10, scale = 2)
    BigDecimal salary;

    Employee() {
    }

    public Employee(String name, Integer deptId) {
        this.name = name;
        this.deptId = deptId;
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

    public Integer getDeptId() {
        return deptId;
    }

    public void setDeptId(Integer deptId) {
        this.deptId = deptId;
    }

    public BigDecimal getSalary() {
        return salary;
    }

    public void setSalary(BigDecimal salary) {
        this.salary = salary;
    }
}
