/** The {@code athanor} health indicator: the database answers through the pool, and the pool's figures. */
package dev.athanor.actuate.health;
