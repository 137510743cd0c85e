/**
 * The dialect SPI and the built-in dialects: how each database is reached, quoted, compiled,
 * bound and understood when it reports an error.
 */
package dev.athanor.dialect;
