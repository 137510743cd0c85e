package dev.athanor.bench.workload;

import static dev.athanor.orm.Load.joinedLoad;
import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.orm.Load.subqueryLoad;
import static dev.athanor.sql.Sql.select;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.orm.OrmChild;
import dev.athanor.bench.orm.OrmParent;
import dev.athanor.bench.orm.OrmParent_;
import dev.athanor.orm.EntityResult;
import dev.athanor.orm.LoaderOption;
import dev.athanor.orm.Session;
import dev.athanor.sql.Select;
import java.util.List;
import java.util.function.Function;

/**
 * Workload 6's Athanor ORM variants: the parents as tracked objects, each one's children through
 * the {@code children} relationship, loaded lazily (N+1) or by each eager strategy.
 */
final class OneToManyOrm {
    private static final Select PARENTS = select(OrmParent.class).orderBy(OrmParent_.id);

    private OneToManyOrm() {
    }

    static List<Variant> variants(BenchDatabase db, long rows) {
        return List.of(
                new Variant("orm-lazy", "scalars(select(Parent)), touch each lazy collection: N+1 queries", rows,
                        () -> walk(db, PARENTS, EntityResult::all)),
                new Variant("orm-joined", "options(joinedLoad(children)), unique(): 1 query", rows,
                        () -> walk(db, eager(joinedLoad(OrmParent_.children)), result -> result.unique().all())),
                new Variant("orm-selectin", "options(selectinLoad(children)): 2 queries (IN chunked by bind limit)",
                        rows, () -> walk(db, eager(selectinLoad(OrmParent_.children)), EntityResult::all)),
                new Variant("orm-subquery", "options(subqueryLoad(children)): 2 queries, the parent query repeated"
                        + " inside IN", rows, () -> walk(db, eager(subqueryLoad(OrmParent_.children)),
                        EntityResult::all)));
    }

    private static Select eager(LoaderOption option) {
        return PARENTS.options(option);
    }

    private static long walk(BenchDatabase db, Select query,
                             Function<EntityResult<OrmParent>, List<OrmParent>> read) {
        long count = 0;
        try (Session session = db.orm().open()) {
            for (OrmParent parent : read.apply(session.scalars(query))) {
                for (OrmChild child : parent.getChildren()) {
                    count += child.getName() != null ? 1 : 0;
                }
            }
            session.commit();
        }
        return count;
    }
}
