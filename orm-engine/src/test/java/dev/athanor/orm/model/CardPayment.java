package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.PolymorphicIdentity;

/** A single-table subclass of {@link Payment}: its column lives in {@code inh_payment}. */
@PolymorphicIdentity("card")
public class CardPayment extends Payment {
    @Column(length = 4)
    String last4;

    protected CardPayment() {
    }

    public CardPayment(Integer amount, String last4) {
        super(amount);
        this.last4 = last4;
    }

    public String getLast4() {
        return last4;
    }

    public void setLast4(String last4) {
        this.last4 = last4;
    }
}
