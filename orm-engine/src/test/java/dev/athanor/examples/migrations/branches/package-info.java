/** Two branches from base and the revision that merges them, as the long guide's branching example makes. */
package dev.athanor.examples.migrations.branches;
