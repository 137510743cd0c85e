package dev.athanor.bench.workload;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import java.util.List;

/**
 * The place for workload 6's Athanor ORM variants, empty until the ORM has relationships: map
 * {@code bench_parent}/{@code bench_child} as entities with a one-to-many {@code @Relationship}
 * in {@code dev.athanor.bench.orm}, then register here {@code orm-lazy} (N+1),
 * {@code orm-joined} ({@code joinedLoad}), {@code orm-selectin} ({@code selectinLoad}) and
 * {@code orm-subquery} ({@code subqueryLoad}), each returning the children it touched.
 */
final class OneToManyOrm {
    /** What the report lists as pending while {@link #variants} is empty. */
    static final String PENDING = "Athanor ORM lazy (N+1), joinedLoad, selectinLoad, subqueryLoad — the ORM has no"
            + " relationships yet; they go in `OneToManyOrm.variants`";

    private OneToManyOrm() {
    }

    /** The ORM variants that can run now: none until relationships land. */
    static List<Variant> variants(BenchDatabase db, int num) {
        return List.of();
    }
}
