/** Spring Boot auto-configuration for Athanor. */
package dev.athanor.autoconfigure;
