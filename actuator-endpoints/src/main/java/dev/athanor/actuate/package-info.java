/**
 * Spring Boot Actuator support for Athanor: endpoints that show the live schema, the mappings,
 * schema drift and migrations, and a health indicator for the database and its pool.
 */
package dev.athanor.actuate;
