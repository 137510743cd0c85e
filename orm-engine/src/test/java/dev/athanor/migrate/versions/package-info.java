/**
 * A revision graph for the migration tests: a linear chain ({@code aaaa00000001 → aaaa00000002}),
 * a branch pair ({@code bbbb00000001} labelled {@code feature}, {@code cccc00000001} depending on
 * it), their merge {@code eeee00000001} and a last revision {@code dddd00000001} that inserts a row.
 */
package dev.athanor.migrate.versions;
