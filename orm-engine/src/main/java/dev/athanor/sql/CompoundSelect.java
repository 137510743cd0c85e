package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Selects combined by a set operation: {@code SELECT … UNION ALL SELECT …}, with an optional
 * ORDER BY and LIMIT for the whole result. The column names and types are those of the first select.
 */
public final class CompoundSelect extends SelectBase {

    /** The set operations. */
    public enum Kind {
        UNION("UNION"), UNION_ALL("UNION ALL"), INTERSECT("INTERSECT"), INTERSECT_ALL("INTERSECT ALL"),
        EXCEPT("EXCEPT"), EXCEPT_ALL("EXCEPT ALL");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** The keyword as ANSI SQL writes it. */
        public String sql() {
            return sql;
        }
    }

    private final Kind kind;
    private final List<SelectBase> selects;
    private final List<Ordering> orderBy;
    private final BindParameter<Integer> limit;
    private final BindParameter<Integer> offset;

    private CompoundSelect(Kind kind, List<SelectBase> selects, List<Ordering> orderBy,
                           BindParameter<Integer> limit, BindParameter<Integer> offset) {
        this.kind = kind;
        this.selects = List.copyOf(selects);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    static CompoundSelect of(Kind kind, SelectBase first, SelectBase... others) {
        List<SelectBase> selects = new ArrayList<>();
        selects.add(first);
        selects.addAll(List.of(others));
        if (selects.size() < 2) {
            throw new ArgumentError(kind.sql() + " needs at least two selects");
        }
        int width = first.selectedColumns().size();
        for (SelectBase select : selects) {
            if (select.selectedColumns().size() != width) {
                throw new ArgumentError("All selects of a " + kind.sql() + " must have the same number of columns;"
                        + " the first has " + width + ", another has " + select.selectedColumns().size());
            }
        }
        return new CompoundSelect(kind, selects, List.of(), null, null);
    }

    /** The set operation. */
    public Kind operation() {
        return kind;
    }

    /** The combined selects, in order. */
    public List<SelectBase> selects() {
        return selects;
    }

    /** ORDER BY for the combined result; name columns of the first select. */
    public CompoundSelect orderBy(ClauseElement... items) {
        List<Ordering> orderings = new ArrayList<>(orderBy);
        for (ClauseElement item : items) {
            orderings.add(Ordering.of(item));
        }
        return new CompoundSelect(kind, selects, orderings, limit, offset);
    }

    /** LIMIT for the combined result. */
    public CompoundSelect limit(int rows) {
        return new CompoundSelect(kind, selects, orderBy, BindParameter.of("param_limit", rows, Types.INTEGER), offset);
    }

    /** OFFSET for the combined result. */
    public CompoundSelect offset(int rows) {
        return new CompoundSelect(kind, selects, orderBy, limit, BindParameter.of("param_offset", rows, Types.INTEGER));
    }

    /** The ORDER BY items. */
    public List<Ordering> orderings() {
        return orderBy;
    }

    /** The LIMIT parameter, or {@code null}. */
    public BindParameter<Integer> limitParameter() {
        return limit;
    }

    /** The OFFSET parameter, or {@code null}. */
    public BindParameter<Integer> offsetParameter() {
        return offset;
    }

    @Override
    public List<ColumnElement<?>> selectedColumns() {
        return selects.get(0).selectedColumns();
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitCompoundSelect(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("compound").append(kind).append(selects.size());
        selects.forEach(select -> select.appendCacheKey(key));
        key.append(orderBy.size());
        orderBy.forEach(ordering -> ordering.appendCacheKey(key));
        Select.appendOptional(key, "limit", limit);
        Select.appendOptional(key, "offset", offset);
    }
}
