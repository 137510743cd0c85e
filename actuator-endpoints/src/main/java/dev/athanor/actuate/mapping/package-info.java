/** The {@code athanor-mappings} endpoint: what each mapped class maps, as the Registry knows it. */
package dev.athanor.actuate.mapping;
