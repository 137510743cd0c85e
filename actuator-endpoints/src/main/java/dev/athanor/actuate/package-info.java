/** Actuator endpoints and the health indicator for Athanor. */
package dev.athanor.actuate;
