/** Test revisions forming a branch and a merge: shelf, then shelf_audit (labelled) and shelf.position, merged. */
package dev.athanor.actuate.migration.revisions;
