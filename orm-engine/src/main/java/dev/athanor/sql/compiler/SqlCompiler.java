package dev.athanor.sql.compiler;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.CompileError;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.TableClause;
import dev.athanor.sql.Executable;
import dev.athanor.sql.TextClause;
import dev.athanor.types.TypeDecorator;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders an expression tree into SQL text and bind slots. One compiler instance compiles one
 * statement; dialects subclass it and override the {@code visit…} methods they render
 * differently, so there is exactly one place that decides each construct's SQL.
 */
public class SqlCompiler {
    private final IdentifierPreparer preparer;
    private final boolean literalBinds;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<BindSlot> slots = new ArrayList<>();
    private final Map<BindParameter<?>, Integer> sourceIndexes = new IdentityHashMap<>();

    /**
     * @param preparer the dialect's identifier quoting rules
     * @param literalBinds render values inline (for offline scripts) instead of {@code ?} markers
     */
    public SqlCompiler(IdentifierPreparer preparer, boolean literalBinds) {
        this.preparer = preparer;
        this.literalBinds = literalBinds;
    }

    /** Compiles a statement whose cache key has been computed. */
    public CompiledSql compile(Executable statement, CacheKey key) {
        List<BindParameter<?>> binds = key.binds();
        for (int i = 0; i < binds.size(); i++) {
            sourceIndexes.putIfAbsent(binds.get(i), i);
        }
        statement.compile(this);
        return new CompiledSql(sql.toString(), slots, statement.kind());
    }

    /** The identifier rules of the dialect being compiled for. */
    public IdentifierPreparer preparer() {
        return preparer;
    }

    /** Appends raw SQL text. */
    public SqlCompiler append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends an identifier, quoted where the dialect needs it. */
    public SqlCompiler appendIdentifier(String name) {
        sql.append(preparer.quote(name));
        return this;
    }

    public void visitText(TextClause text) {
        Map<String, BindParameter<?>> binds = text.binds();
        for (TextClause.Segment segment : text.segments()) {
            if (segment.bindName() == null) {
                sql.append(segment.sql());
            } else {
                binds.get(segment.bindName()).compile(this);
            }
        }
    }

    public void visitTable(TableClause table) {
        sql.append(preparer.qualify(table.schema(), table.name()));
    }

    public void visitColumn(ColumnClause<?> column) {
        TableClause table = column.table();
        if (table != null) {
            visitTable(table);
            sql.append('.');
        }
        appendIdentifier(column.name());
    }

    public void visitBindParameter(BindParameter<?> parameter) {
        if (literalBinds) {
            if (parameter.required()) {
                throw new CompileError("Cannot render ':" + parameter.key()
                        + "' inline: it has no value (literal binds need every value up front)");
            }
            sql.append(renderLiteral(processDecorated(parameter.value(), parameter.type())));
            return;
        }
        Integer source = sourceIndexes.get(parameter);
        if (source == null) {
            throw new IllegalStateException("Bind parameter :" + parameter.key()
                    + " was not registered by its element's appendCacheKey");
        }
        slots.add(new BindSlot(parameter.key(), source, parameter.type()));
        sql.append(bindMarker());
    }

    /** The parameter marker the driver understands. */
    protected String bindMarker() {
        return "?";
    }

    /**
     * A value written as an SQL literal, for {@code literalBinds}: strings have their quotes
     * doubled, so no value can end the literal early.
     */
    protected String renderLiteral(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        if (value instanceof Boolean bool) {
            return renderBoolean(bool);
        }
        if (value instanceof CharSequence || value instanceof UUID || value instanceof Enum<?>) {
            return renderString(value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        if (value instanceof TemporalAccessor) {
            return renderString(value.toString().replace('T', ' '));
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        throw new ArgumentError("Cannot render a " + value.getClass().getName()
                + " as an SQL literal; execute the statement with bound parameters instead");
    }

    /** A boolean literal; dialects without a boolean type render 1/0. */
    protected String renderBoolean(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A string literal with embedded quotes doubled. */
    protected String renderString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Converts a custom type's value to its stored form before it is rendered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object processDecorated(Object value, Object type) {
        return type instanceof TypeDecorator decorator ? decorator.processBind(value) : value;
    }
}
