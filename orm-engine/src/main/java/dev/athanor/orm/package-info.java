/**
 * The ORM: map plain annotated classes with a {@link dev.athanor.orm.Registry}, and work with them
 * through a {@link dev.athanor.orm.Session}, a unit of work with an identity map. Implementation
 * classes are package-private; helpers that must be public live in {@code orm.internal}.
 */
package dev.athanor.orm;
