package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** A product with one field of every kind of value the mapping supports. */
@Table("product")
public class Product {
    @Column(primaryKey = true, autoincrement = dev.athanor.schema.Autoincrement.FALSE)
    UUID id;
    @Column(length = 50, nullable = false)
    String sku;
    Status status;
    @Column(precision = 10, scale = 2)
    BigDecimal price;
    LocalDate launchedOn;
    @Column(onUpdate = Now.class)
    LocalDateTime updatedAt;
    Map<String, Object> attributes;
    byte[] thumbnail;
    boolean featured;
    long stock;
    transient String scratch;
    static int instances;

    Product() {
    }

    public Product(UUID id, String sku) {
        this.id = id;
        this.sku = sku;
    }

    public UUID getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public void setLaunchedOn(LocalDate launchedOn) {
        this.launchedOn = launchedOn;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, Object> getAttributes() {
        return attributes;
    }

    public void setAttributes(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public void setThumbnail(byte[] thumbnail) {
        this.thumbnail = thumbnail;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public long getStock() {
        return stock;
    }

    public void setStock(long stock) {
        this.stock = stock;
    }

    /** The update stamp. */
    public static final class Now implements java.util.function.Supplier<LocalDateTime> {
        @Override
        public LocalDateTime get() {
            return LocalDateTime.now().withNano(0);
        }
    }
}
