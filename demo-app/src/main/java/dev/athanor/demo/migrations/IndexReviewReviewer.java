package dev.athanor.demo.migrations;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/**
 * An index for finding a reviewer's reviews, written on a branch of its own (label {@code reviews})
 * beside {@link AddBookPublishedOn}, as two developers working at once would, and merged by
 * {@link MergePublishedOnAndReviews}.
 */
@Revision(id = "b00c5a7e0003", downRevision = "b00c5a7e0001", branchLabels = "reviews",
        message = "index review.reviewer")
public final class IndexReviewReviewer implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_review_reviewer", "review", "reviewer");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_review_reviewer", "review");
    }
}
