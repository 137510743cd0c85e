package dev.athanor.demo.migrations;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Joins the two branches again so the history has one head; a merge changes no schema. */
@Revision(id = "b00c5a7e0004", downRevision = {"b00c5a7e0002", "b00c5a7e0003"},
        message = "merge published_on and reviews branches")
public final class MergePublishedOnAndReviews implements Migration {
    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
