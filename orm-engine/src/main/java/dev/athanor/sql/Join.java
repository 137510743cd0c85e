package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * Two FROM elements joined: {@code authors JOIN books ON authors.id = books.author_id}. When no
 * ON condition is given it is inferred from the single foreign key between them, as SQLAlchemy does.
 * Build one with {@link FromClause#join}, {@link FromClause#outerJoin} or
 * {@link FromClause#fullOuterJoin}: {@code authors.outerJoin(books)}.
 */
public final class Join implements FromClause {
    private final FromClause left;
    private final FromClause right;
    private final ColumnElement<Boolean> on;
    private final boolean isOuter;
    private final boolean full;

    private Join(FromClause left, FromClause right, ColumnElement<Boolean> on, boolean isOuter, boolean full) {
        this.left = left;
        this.right = right;
        this.on = on;
        this.isOuter = isOuter;
        this.full = full;
    }

    /**
     * A join; {@code on == null} infers the condition.
     *
     * @throws ArgumentError when no foreign key, or more than one, links the two sides
     * @deprecated two unnamed flags read badly at the call site; use {@code left.join(right, on)},
     *     {@code left.outerJoin(right, on)} or {@code left.fullOuterJoin(right, on)}
     */
    @Deprecated
    public static Join of(FromClause left, FromClause right, ColumnElement<Boolean> on, boolean isOuter, boolean full) {
        return make(left, right, on, isOuter, full);
    }

    /** The join the named methods of {@link FromClause} and {@link Select} build; {@code on == null} infers it. */
    static Join make(FromClause left, FromClause right, ColumnElement<Boolean> on, boolean isOuter, boolean full) {
        if (left == null || right == null) {
            throw new ArgumentError("join() was given a null " + (left == null ? "left" : "right") + " side");
        }
        return new Join(left, right, on != null ? on : infer(left, right), isOuter || full, full);
    }

    private static ColumnElement<Boolean> infer(FromClause left, FromClause right) {
        List<ColumnElement<Boolean>> candidates = new ArrayList<>();
        List<ForeignKeyReference> described = new ArrayList<>();
        for (TableClause leftTable : left.tables()) {
            for (TableClause rightTable : right.tables()) {
                link(rightTable, leftTable, candidates, described);
                link(leftTable, rightTable, candidates, described);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String between = "between " + left.tables().stream().map(TableClause::name).toList()
                + " and " + right.tables().stream().map(TableClause::name).toList();
        if (candidates.isEmpty()) {
            throw new ArgumentError("Can't find any foreign key relationships " + between
                    + "; pass the ON condition: join(right, condition)");
        }
        throw new ArgumentError("Can't determine the join " + between + ": there are several foreign keys "
                + described + "; pass the ON condition: join(right, condition)");
    }

    /** Adds a candidate condition for every foreign key of {@code referring} that points at {@code referred}. */
    private static void link(TableClause referring, TableClause referred, List<ColumnElement<Boolean>> candidates,
                             List<ForeignKeyReference> described) {
        for (ForeignKeyReference reference : referring.foreignKeyReferences()) {
            List<ColumnElement<Boolean>> pairs = new ArrayList<>();
            for (int i = 0; i < reference.columns().size(); i++) {
                ColumnClause<?> target = referred.correspondingColumn(reference.referredColumns().get(i));
                if (target == null) {
                    break;
                }
                pairs.add(target.eq(reference.columns().get(i)));
            }
            if (pairs.size() == reference.columns().size()) {
                candidates.add(BooleanClauseList.of(true, pairs));
                described.add(reference);
            }
        }
    }

    /** The left side. */
    public FromClause left() {
        return left;
    }

    /** The right side. */
    public FromClause right() {
        return right;
    }

    /** The ON condition. */
    public ColumnElement<Boolean> on() {
        return on;
    }

    /** Whether this is a LEFT (or FULL) OUTER JOIN. */
    public boolean isOuter() {
        return isOuter;
    }

    /** Whether this is a FULL OUTER JOIN. */
    public boolean isFull() {
        return full;
    }

    @Override
    public List<? extends ColumnClause<?>> columns() {
        List<ColumnClause<?>> columns = new ArrayList<>(left.columns());
        columns.addAll(right.columns());
        return columns;
    }

    @Override
    public List<TableClause> tables() {
        List<TableClause> tables = new ArrayList<>(left.tables());
        tables.addAll(right.tables());
        return tables;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitJoin(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("join").append(isOuter).append(full);
        left.appendCacheKey(key);
        right.appendCacheKey(key);
        on.appendCacheKey(key);
    }

    @Override
    public String toString() {
        return left + " JOIN " + right;
    }
}
