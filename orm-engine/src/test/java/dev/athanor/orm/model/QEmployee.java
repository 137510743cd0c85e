package dev.athanor.orm.model;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** An employee whose manager is another employee, loaded with a join by default. */
@Table("q_employee")
public class QEmployee {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @ForeignKey("q_employee.id")
    Long managerId;
    @Relationship(remoteSide = "id", lazy = Lazy.JOINED)
    QEmployee manager;

    QEmployee() {
    }

    public QEmployee(String name, QEmployee manager) {
        this.name = name;
        this.manager = manager;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public QEmployee getManager() {
        return manager;
    }

    @Override
    public String toString() {
        return "QEmployee(" + name + ")";
    }
}
