/** Spring transaction management for Athanor sessions, sharing connections with JdbcTemplate. */
package dev.athanor.autoconfigure.transaction;
