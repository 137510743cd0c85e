package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Column;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.types.SqlType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code op.alterColumn}: changes a column's type, nullability, server default, comment or name.
 * Built with {@link Builder}; the {@code existing…} hints describe the column as it is, which
 * MySQL and SQL Server need to restate it and which {@link #reverse()} turns back into changes.
 *
 * <pre>{@code
 * op.alterColumn("users", "age", c -> c.type(Types.BIG_INTEGER).existingType(Types.INTEGER).existingNullable(true));
 * // PostgreSQL: ALTER TABLE users ALTER COLUMN age SET DATA TYPE BIGINT
 * // MySQL:      ALTER TABLE users MODIFY age BIGINT NULL
 * }</pre>
 *
 * @param change the change as a DDL element
 */
public record AlterColumnOp(AlterColumn change) implements SchemaOperation {

    public AlterColumnOp {
        Objects.requireNonNull(change, "change");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(change);
    }

    /**
     * The change back: each changed attribute returns to its {@code existing…} value, a rename is
     * renamed back, and what was only a hint stays a hint.
     *
     * @throws InvalidRequestError when a changed attribute has no {@code existing…} value to return to
     */
    @Override
    public AlterColumnOp reverse() {
        AlterColumn c = change;
        if (c.type() != null && c.existingType() == null) {
            throw missing("type", "existingType");
        }
        if (c.nullable() != null && c.existingNullable() == null) {
            throw missing("nullability", "existingNullable");
        }
        return new AlterColumnOp(new AlterColumn(c.schema(), c.table(), c.resultingName(),
                c.type() == null ? null : c.existingType(),
                c.nullable() == null ? null : c.existingNullable(),
                c.serverDefault() == null ? null : Optional.ofNullable(c.existingServerDefault()),
                c.newName() == null ? null : c.column(),
                c.comment() == null ? null : Optional.ofNullable(c.existingComment()),
                c.resultingType(), c.resultingNullable(), c.resultingServerDefault(), c.resultingComment()));
    }

    /** This change with every {@code existing…} hint it lacks taken from {@code current}, the column as it is. */
    public AlterColumnOp withExisting(Column<?> current) {
        AlterColumn c = change;
        return new AlterColumnOp(new AlterColumn(c.schema(), c.table(), c.column(), c.type(), c.nullable(),
                c.serverDefault(), c.newName(), c.comment(),
                c.existingType() != null ? c.existingType() : current.type(),
                c.existingNullable() != null ? c.existingNullable() : current.isNullable(),
                c.existingServerDefault() != null ? c.existingServerDefault() : current.serverDefault(),
                c.existingComment() != null ? c.existingComment() : current.comment()));
    }

    private InvalidRequestError missing(String what, String hint) {
        return new InvalidRequestError("Operation " + describe() + " changes the column's " + what
                + " but cannot be reversed without the old one; pass " + hint + "(…)");
    }

    @Override
    public String describe() {
        return "alterColumn(" + SchemaObjects.qualified(change.schema(), change.table()) + "." + change.column() + ")";
    }

    /** A new builder for a change to {@code table.column}. */
    public static Builder builder(String schema, String table, String column) {
        return new Builder(schema, table, column);
    }

    /** Collects the attributes of one {@link AlterColumnOp}; anything left unset is left unchanged. */
    public static final class Builder {
        private final String schema;
        private final String table;
        private final String column;
        private SqlType<?> type;
        private Boolean nullable;
        private Optional<String> serverDefault;
        private String newName;
        private Optional<String> comment;
        private SqlType<?> existingType;
        private Boolean existingNullable;
        private String existingServerDefault;
        private String existingComment;

        private Builder(String schema, String table, String column) {
            this.schema = schema;
            this.table = Objects.requireNonNull(table, "table");
            this.column = Objects.requireNonNull(column, "column");
        }

        /** The new type. */
        public Builder type(SqlType<?> type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** The new nullability. */
        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /** The new server default as SQL text, rendered verbatim ({@code "0"}, {@code "'abc'"}); {@code null} drops it. */
        public Builder serverDefault(String sqlText) {
            this.serverDefault = Optional.ofNullable(sqlText);
            return this;
        }

        /** The column's new name. */
        public Builder newName(String newName) {
            this.newName = Objects.requireNonNull(newName, "newName");
            return this;
        }

        /** The new comment; {@code null} drops it. */
        public Builder comment(String comment) {
            this.comment = Optional.ofNullable(comment);
            return this;
        }

        /** The column's type as it is (MySQL and SQL Server restate it; a downgrade returns to it). */
        public Builder existingType(SqlType<?> existingType) {
            this.existingType = existingType;
            return this;
        }

        /** The column's nullability as it is. */
        public Builder existingNullable(boolean existingNullable) {
            this.existingNullable = existingNullable;
            return this;
        }

        /** The column's server default as it is, as SQL text. */
        public Builder existingServerDefault(String existingServerDefault) {
            this.existingServerDefault = existingServerDefault;
            return this;
        }

        /** The column's comment as it is. */
        public Builder existingComment(String existingComment) {
            this.existingComment = existingComment;
            return this;
        }

        /** The operation. */
        public AlterColumnOp build() {
            return new AlterColumnOp(new AlterColumn(schema, table, column, type, nullable, serverDefault, newName,
                    comment, existingType, existingNullable, existingServerDefault, existingComment));
        }
    }
}
