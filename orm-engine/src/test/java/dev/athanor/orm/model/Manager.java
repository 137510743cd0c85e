package dev.athanor.orm.model;

import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Table;

/** A joined-table subclass of {@link Staff}: table {@code inh_manager}. */
@Table("inh_manager")
@PolymorphicIdentity("manager")
public class Manager extends Staff {
    Integer reports;

    protected Manager() {
    }

    public Manager(String name, Integer reports) {
        super(name);
        this.reports = reports;
    }

    public Integer getReports() {
        return reports;
    }
}
