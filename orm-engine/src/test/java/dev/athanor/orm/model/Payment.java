package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Table;

/** The base of a single-table hierarchy: every kind of payment is a row of {@code inh_payment}. */
@Table("inh_payment")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@PolymorphicOn("kind")
@PolymorphicIdentity("payment")
public class Payment {
    @Column(primaryKey = true)
    Integer id;
    Integer amount;
    @Column(length = 10)
    String kind;

    protected Payment() {
    }

    public Payment(Integer amount) {
        this.amount = amount;
    }

    public Integer getId() {
        return id;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getKind() {
        return kind;
    }
}
