/**
 * The mapping annotations: {@link dev.athanor.orm.annotation.Table} on a plain class,
 * {@link dev.athanor.orm.annotation.Column}, {@link dev.athanor.orm.annotation.ForeignKey} and
 * {@link dev.athanor.orm.annotation.Version} on its fields.
 */
package dev.athanor.orm.annotation;
