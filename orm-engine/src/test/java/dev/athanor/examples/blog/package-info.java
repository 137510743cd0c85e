/**
 * The model the second half of the reference documents' examples share: the users and posts of
 * their events, testing, bulk, async and migration sections, and the audit log of their events
 * section.
 */
package dev.athanor.examples.blog;
