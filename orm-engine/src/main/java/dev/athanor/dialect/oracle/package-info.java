/** The oracle dialect. */
package dev.athanor.dialect.oracle;
