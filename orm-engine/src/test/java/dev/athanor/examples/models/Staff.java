package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Table;

/** The base of a joined-table hierarchy: engineers and managers keep their own columns in their own tables. */
// tag::staff[]
@Table("staff")
@Inheritance(strategy = InheritanceType.JOINED)
@PolymorphicOn("type")
@PolymorphicIdentity("employee")
public class Staff {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String name;
    @Column(length = 50)
    String type;
// end::staff[]

    Staff() {
    }

    public Staff(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
