package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import java.math.BigDecimal;

/** One line of an {@link Order}: the association object between orders and products. */
// tag::order-item[]
@Table("order_items")
public class OrderItem {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("orders.id")
    Integer orderId;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("products.id")
    Integer productId;
    int quantity = 1;
    @Column(precision = 10, scale = 2)
    BigDecimal unitPrice;
    @Relationship(backPopulates = "items")
    Order order;
    @Relationship(backPopulates = "orderItems")
    Product product;
// end::order-item[]

    OrderItem() {
    }

    public OrderItem(Product product, int quantity, BigDecimal unitPrice) {
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Order getOrder() {
        return order;
    }

    public Product getProduct() {
        return product;
    }
}
