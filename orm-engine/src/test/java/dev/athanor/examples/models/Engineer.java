package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Table;

/** A {@link Staff} member with an engineering field (table {@code engineers}, keyed by {@code staff.id}). */
// tag::engineer[]
@Table("engineers")
@PolymorphicIdentity("engineer")
public class Engineer extends Staff {
    @Column(length = 100)
    String engineeringField;
// end::engineer[]

    Engineer() {
    }

    public Engineer(String name, String engineeringField) {
        super(name);
        this.engineeringField = engineeringField;
    }

    public String getEngineeringField() {
        return engineeringField;
    }
}
