package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Index;
import dev.athanor.orm.annotation.Table;

/** A line of an order with a composite primary key. */
@Table(indexes = @Index(columns = {"sku", "quantity"}))
public class OrderItem {
    @Column(primaryKey = true)
    int orderId;
    @Column(primaryKey = true)
    int lineNo;
    @Column(length = 50)
    String sku;
    int quantity;

    OrderItem() {
    }

    public OrderItem(int orderId, int lineNo, String sku, int quantity) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }
}
