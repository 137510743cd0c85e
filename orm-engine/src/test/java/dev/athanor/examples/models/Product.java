package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.types.TextType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A product with one field of each common column type; the Java type picks the SQL type. */
// tag::product[]
@Table("products")
public class Product {
    @Column(primaryKey = true)
    Integer id;
    int quantity;                                  // INTEGER NOT NULL (a primitive)
    Long bigId;                                    // BIGINT
    Short smallInt;                                // SMALLINT
    @Column(length = 100, nullable = false)
    String name;                                   // VARCHAR(100) NOT NULL
    @Column(type = TextType.class)
    String description;                            // TEXT
    @Column(precision = 10, scale = 2)
    BigDecimal price;                              // NUMERIC(10, 2)
    Double weight;                                 // DOUBLE PRECISION
    boolean isAvailable = true;                    // BOOLEAN
    @Column(serverDefault = "CURRENT_TIMESTAMP")
    OffsetDateTime createdAt;                      // TIMESTAMP WITH TIME ZONE
    LocalDate publishedDate;                       // DATE
    LocalTime openTime;                            // TIME
    @Column(json = true)
    Map<String, Object> attributes;                // JSON (JSONB on PostgreSQL)
    byte[] imageData;                              // BLOB / BYTEA
    ProductStatus status;                          // an enum
    @ForeignKey("categories.id")
    Integer categoryId;
// end::product[]
    @Relationship(backPopulates = "product")
    List<OrderItem> orderItems = new ArrayList<>();

    Product() {
    }

    public Product(String name, BigDecimal price) {
        this.name = name;
        this.price = price;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Map<String, Object> getAttributes() {
        return attributes;
    }

    public void setAttributes(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public void setCategoryId(Integer categoryId) {
        this.categoryId = categoryId;
    }

    public List<OrderItem> getOrderItems() {
        return orderItems;
    }
}
