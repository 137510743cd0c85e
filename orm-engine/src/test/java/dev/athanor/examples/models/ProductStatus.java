package dev.athanor.examples.models;

/** The life cycle of a {@link Product}, stored as an enum. */
public enum ProductStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
