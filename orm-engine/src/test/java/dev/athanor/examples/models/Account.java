package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Check;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Index;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Unique;
import java.math.BigDecimal;

/** An account whose balance may not go below zero. */
// tag::account[]
@Table(value = "accounts",
        checks = @Check(value = "balance >= 0", name = "check_positive_balance"),
        uniqueConstraints = @Unique(columns = {"username", "email"}, name = "uq_user_email"),
        indexes = @Index(columns = {"username", "email"}, name = "idx_username_email"))
public class Account {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50)
    String username;
    @Column(length = 100)
    String email;
    @Column(precision = 10, scale = 2)
    BigDecimal balance;
// end::account[]

    Account() {
    }

    public Account(String username, String email, BigDecimal balance) {
        this.username = username;
        this.email = email;
        this.balance = balance;
    }
}
