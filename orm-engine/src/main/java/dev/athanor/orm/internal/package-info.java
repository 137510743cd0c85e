/** Mapping helpers the ORM and its annotation processor share; not API. */
package dev.athanor.orm.internal;
