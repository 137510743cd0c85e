/** The mysql dialect. */
package dev.athanor.dialect.mysql;
