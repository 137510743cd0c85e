/** The {@code athanor-drift} endpoint: how the live schema differs from the mapped MetaData. */
package dev.athanor.actuate.drift;
