/** The h2 dialect. */
package dev.athanor.dialect.h2;
