package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Table;

/** A joined-table subclass of {@link Staff}: table {@code inh_engineer} keyed by {@code inh_staff.id}. */
@Table("inh_engineer")
@PolymorphicIdentity("engineer")
public class Engineer extends Staff {
    @Column(length = 30)
    String language;

    protected Engineer() {
    }

    public Engineer(String name, String language) {
        super(name);
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
