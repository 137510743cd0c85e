package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * Another name for a table within one statement, for self-joins: {@code users.alias("manager")}
 * renders {@code users AS manager} in FROM and {@code manager.id} for its columns.
 */
public final class TableAlias extends TableClause {
    private final TableClause original;
    private final String name;
    private final List<DerivedColumn<?>> columns;

    TableAlias(TableClause original, String name) {
        this.original = original;
        this.name = name;
        List<DerivedColumn<?>> copies = new ArrayList<>();
        for (ColumnClause<?> column : original.columns()) {
            copies.add(new DerivedColumn<>(column.name(), column.type(), this));
        }
        this.columns = List.copyOf(copies);
    }

    /** The aliased table. */
    public TableClause original() {
        return original;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schema() {
        return null;
    }

    @Override
    public List<DerivedColumn<?>> columns() {
        return columns;
    }

    @Override
    public ColumnClause<?> correspondingColumn(ColumnClause<?> column) {
        if (column.table() == this) {
            return column;
        }
        return original.correspondingColumn(column) == null ? null : c(column.name());
    }

    @Override
    public List<ForeignKeyReference> foreignKeyReferences() {
        List<ForeignKeyReference> references = new ArrayList<>();
        for (ForeignKeyReference reference : original.foreignKeyReferences()) {
            List<ColumnClause<?>> mine = reference.columns().stream().<ColumnClause<?>>map(own -> c(own.name())).toList();
            references.add(new ForeignKeyReference(mine, reference.referredColumns()));
        }
        return references;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitTableAlias(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("alias").append(name);
        original.appendCacheKey(key);
    }
}
