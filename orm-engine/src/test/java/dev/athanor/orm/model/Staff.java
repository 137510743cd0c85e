package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Table;

/** The base of a joined-table hierarchy: engineers and managers keep their own columns in their own tables. */
@Table("inh_staff")
@Inheritance(strategy = InheritanceType.JOINED)
@PolymorphicOn("type")
@PolymorphicIdentity("staff")
public class Staff {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, nullable = false)
    String name;
    @Column(length = 20)
    String type;

    protected Staff() {
    }

    public Staff(String name) {
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

    public String getType() {
        return type;
    }
}
