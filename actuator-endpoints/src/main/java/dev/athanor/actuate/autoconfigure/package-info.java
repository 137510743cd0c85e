/** Auto-configuration of Athanor's actuator endpoints and health indicator. */
package dev.athanor.actuate.autoconfigure;
