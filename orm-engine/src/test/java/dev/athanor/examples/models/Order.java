package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An order, whose items link it to products with a quantity and a price (an association object). */
// tag::order[]
@Table("orders")
public class Order {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 20)
    String status;
    @Column(precision = 10, scale = 2)
    BigDecimal amount;
    @Relationship(backPopulates = "order", cascade = "all, delete-orphan")
    List<OrderItem> items = new ArrayList<>();
// end::order[]

    Order() {
    }

    public Order(String status, BigDecimal amount) {
        this.status = status;
        this.amount = amount;
    }

    public Integer getId() {
        return id;
    }

    public List<OrderItem> getItems() {
        return items;
    }
}
