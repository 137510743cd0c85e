/** The postgresql dialect. */
package dev.athanor.dialect.postgresql;
