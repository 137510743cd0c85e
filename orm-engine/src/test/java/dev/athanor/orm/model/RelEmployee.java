package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** An employee of a {@link RelDepartment}, with a nullable foreign key, and a mentor in a cycle-prone link. */
@Table("rel_employee")
public class RelEmployee {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @ForeignKey("rel_department.id")
    Long departmentId;
    @ForeignKey("rel_employee.id")
    Long mentorId;
    @Relationship(backPopulates = "employees")
    RelDepartment department;
    @Relationship(remoteSide = "id", postUpdate = true)
    RelEmployee mentor;

    RelEmployee() {
    }

    public RelEmployee(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public RelDepartment getDepartment() {
        return department;
    }

    public void setDepartment(RelDepartment department) {
        this.department = department;
    }

    public RelEmployee getMentor() {
        return mentor;
    }

    public void setMentor(RelEmployee mentor) {
        this.mentor = mentor;
    }
}
