package dev.athanor.actuate.mapping;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;

/** A single-table subclass of {@link Vehicle}. */
@PolymorphicIdentity("truck")
public class Truck extends Vehicle {
    @Column
    Integer payload;

    protected Truck() {
    }
}
