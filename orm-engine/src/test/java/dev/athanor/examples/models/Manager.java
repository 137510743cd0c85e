package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Table;

/** A {@link Staff} member who runs a department (table {@code managers}). */
@Table("managers")
@PolymorphicIdentity("manager")
public class Manager extends Staff {
    @Column(length = 100)
    String department;

    Manager() {
    }

    public Manager(String name, String department) {
        super(name);
        this.department = department;
    }
}
