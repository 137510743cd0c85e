package dev.athanor.orm.model;

/** A product's lifecycle. */
public enum Status {
    DRAFT, ACTIVE, RETIRED
}
