package dev.athanor.sql.compiler;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.CompileError;
import dev.athanor.sql.BindParameter;
import dev.athanor.types.TypeDecorator;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the bind parameters of one {@link SqlCompiler}'s statement, in one of two ways. Normally
 * as the dialect's marker plus a {@link BindSlot} that points at the parameter's place in the
 * statement's {@link CacheKey#binds()}: the compiled SQL holds no values, so it serves every
 * execution of the same shape, and each execution reads its values from its own key by those
 * indexes. With literal binds (offline scripts) as an inline SQL literal instead, quoted so no
 * value can end its literal early.
 *
 * <p>It exists to keep that bookkeeping (which key entry each marker stands for, and the rule
 * that a parameter its element did not register is a bug, not a new value) apart from the
 * rendering of expressions around the parameters.
 */
final class BindCompiler {
    private final SqlCompiler compiler;
    private final SqlWriter writer;
    private final boolean literalBinds;
    private Map<BindParameter<?>, Integer> sourceIndexes = Map.of();

    BindCompiler(SqlCompiler compiler, SqlWriter writer, boolean literalBinds) {
        this.compiler = compiler;
        this.writer = writer;
        this.literalBinds = literalBinds;
    }

    /** Learns where each parameter sits in the cache key; the first place wins for a repeated one. */
    void register(List<BindParameter<?>> binds) {
        sourceIndexes = new IdentityHashMap<>(binds.size());
        for (int i = 0; i < binds.size(); i++) {
            sourceIndexes.putIfAbsent(binds.get(i), i);
        }
    }

    void bind(BindParameter<?> parameter) {
        if (literalBinds) {
            if (parameter.required()) {
                throw new CompileError("Cannot render ':" + parameter.key()
                        + "' inline: it has no value (literal binds need every value up front)");
            }
            writer.append(compiler.renderLiteral(processDecorated(parameter.value(), parameter.type())));
            return;
        }
        Integer source = sourceIndexes.get(parameter);
        if (source == null) {
            throw new IllegalStateException("Bind parameter :" + parameter.key()
                    + " was not registered by its element's appendCacheKey");
        }
        writer.addSlot(new BindSlot(parameter.key(), source, parameter.type()));
        writer.append(compiler.bindMarker(parameter));
    }

    /**
     * A parameter whose value is a list, as an array parameter or as a marker replaced by one
     * {@code ?} per element at execution; with literal binds as the literals separated by commas.
     */
    void bindList(BindParameter<?> parameter, boolean asArray) {
        if (literalBinds) {
            String separator = "";
            for (Object value : (List<?>) parameter.value()) {
                writer.append(separator).append(compiler.renderLiteral(processDecorated(value, parameter.type())));
                separator = ", ";
            }
            return;
        }
        Integer source = sourceIndexes.get(parameter);
        if (source == null) {
            throw new IllegalStateException("Bind parameter :" + parameter.key()
                    + " was not registered by its element's appendCacheKey");
        }
        BindSlot slot = new BindSlot(parameter.key(), source, parameter.type(),
                asArray ? BindSlot.Expansion.ARRAY : BindSlot.Expansion.LIST);
        writer.addSlot(slot);
        writer.append(asArray ? compiler.bindMarker(parameter) : slot.marker());
    }

    /** A value as an SQL literal; booleans and strings are spelled by the dialect's hooks. */
    String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        if (value instanceof Boolean bool) {
            return compiler.renderBoolean(bool);
        }
        if (value instanceof CharSequence || value instanceof UUID || value instanceof Enum<?>) {
            return compiler.renderString(value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        if (value instanceof TemporalAccessor) {
            return compiler.renderString(value.toString().replace('T', ' '));
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        throw new ArgumentError("Cannot render a " + value.getClass().getName()
                + " as an SQL literal; execute the statement with bound parameters instead");
    }

    /** Converts a custom type's value to its stored form before it is rendered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object processDecorated(Object value, Object type) {
        return type instanceof TypeDecorator decorator ? decorator.processBind(value) : value;
    }
}
