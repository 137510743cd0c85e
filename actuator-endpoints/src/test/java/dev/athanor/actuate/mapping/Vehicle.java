package dev.athanor.actuate.mapping;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Table;

/** The base of a single-table hierarchy, mapped only by the mappings test's own registry. */
@Table("vehicle")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@PolymorphicOn("kind")
@PolymorphicIdentity("vehicle")
public class Vehicle {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 20)
    String kind;

    protected Vehicle() {
    }
}
