package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The window of a window function: {@code PARTITION BY}, {@code ORDER BY} and an optional
 * {@code ROWS}/{@code RANGE} frame. Frame bounds follow SQLAlchemy: {@code null} is unbounded,
 * {@code 0} the current row, negative numbers rows preceding and positive ones rows following;
 * {@code rows(null, 0)} renders {@code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}.
 */
public final class Window implements ClauseElement {
    static final Window EMPTY = new Window(List.of(), List.of(), null, null, null);

    private final List<ColumnElement<?>> partitionBy;
    private final List<Ordering> orderBy;
    private final String frameUnit;
    private final Integer frameStart;
    private final Integer frameEnd;

    private Window(List<ColumnElement<?>> partitionBy, List<Ordering> orderBy, String frameUnit,
                   Integer frameStart, Integer frameEnd) {
        this.partitionBy = List.copyOf(partitionBy);
        this.orderBy = List.copyOf(orderBy);
        this.frameUnit = frameUnit;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
    }

    /** {@code PARTITION BY …}, replacing any earlier partitioning. */
    public Window partitionBy(ColumnElement<?>... columns) {
        return new Window(List.of(columns), orderBy, frameUnit, frameStart, frameEnd);
    }

    /** {@code ORDER BY …}: expressions or {@link Ordering}s. */
    public Window orderBy(ClauseElement... items) {
        List<Ordering> orderings = new ArrayList<>();
        for (ClauseElement item : items) {
            orderings.add(Ordering.of(item));
        }
        return new Window(partitionBy, orderings, frameUnit, frameStart, frameEnd);
    }

    /** A {@code ROWS BETWEEN … AND …} frame. */
    public Window rows(Integer start, Integer end) {
        return frame("ROWS", start, end);
    }

    /** A {@code RANGE BETWEEN … AND …} frame. */
    public Window range(Integer start, Integer end) {
        return frame("RANGE", start, end);
    }

    private Window frame(String unit, Integer start, Integer end) {
        if (start != null && end != null && start > end) {
            throw new ArgumentError(unit + " frame starts after it ends: (" + start + ", " + end + ")");
        }
        return new Window(partitionBy, orderBy, unit, start, end);
    }

    /** The partitioning expressions. */
    public List<ColumnElement<?>> partitionByColumns() {
        return partitionBy;
    }

    /** The orderings. */
    public List<Ordering> orderings() {
        return orderBy;
    }

    /** {@code ROWS}, {@code RANGE} or {@code null} when there is no frame. */
    public String frameUnit() {
        return frameUnit;
    }

    /** The frame's start bound (see the class comment). */
    public Integer frameStart() {
        return frameStart;
    }

    /** The frame's end bound (see the class comment). */
    public Integer frameEnd() {
        return frameEnd;
    }

    void collectFroms(Consumer<FromClause> froms) {
        partitionBy.forEach(column -> column.collectFroms(froms));
        orderBy.forEach(ordering -> ordering.element().collectFroms(froms));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitWindow(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("window").append(partitionBy.size()).append(orderBy.size())
                .append(frameUnit).append(frameStart).append(frameEnd);
        partitionBy.forEach(column -> column.appendCacheKey(key));
        orderBy.forEach(ordering -> ordering.appendCacheKey(key));
    }
}
