package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;

/** A single-table subclass of {@link Payment}. */
@PolymorphicIdentity("bank")
public class BankTransfer extends Payment {
    @Column(length = 34)
    String iban;

    protected BankTransfer() {
    }

    public BankTransfer(Integer amount, String iban) {
        super(amount);
        this.iban = iban;
    }

    public String getIban() {
        return iban;
    }
}
