package dev.athanor.schema.ddl;

import dev.athanor.types.SqlType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes one column: its type, nullability, server default, comment or name. Each {@code null}
 * field is left unchanged; for {@code serverDefault} and {@code comment} an empty {@code Optional}
 * removes the default or comment. The {@code existing…} fields describe the column as it is, for
 * dialects that restate the whole column to change part of it (MySQL's {@code MODIFY}, SQL
 * Server's {@code ALTER COLUMN}); they are never changed themselves.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param column the column's current name
 * @param type the new type, or {@code null}
 * @param nullable the new nullability, or {@code null}
 * @param serverDefault the new default as SQL text, empty to drop it, {@code null} to leave it
 * @param newName the new name, or {@code null}
 * @param comment the new comment, empty to drop it, {@code null} to leave it
 * @param existingType the current type, or {@code null} when unknown
 * @param existingNullable the current nullability, or {@code null} when unknown
 * @param existingServerDefault the current default as SQL text, or {@code null} for none or unknown
 * @param existingComment the current comment, or {@code null}
 */
public record AlterColumn(String schema, String table, String column, SqlType<?> type, Boolean nullable,
                          Optional<String> serverDefault, String newName, Optional<String> comment,
                          SqlType<?> existingType, Boolean existingNullable, String existingServerDefault,
                          String existingComment) implements DdlElement {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** The type the column has after the change, or {@code null} when neither new nor existing is known. */
    public SqlType<?> resultingType() {
        return type != null ? type : existingType;
    }

    /** The nullability after the change, or {@code null} when neither new nor existing is known. */
    public Boolean resultingNullable() {
        return nullable != null ? nullable : existingNullable;
    }

    /** The default after the change, or {@code null} for none. */
    public String resultingServerDefault() {
        return serverDefault != null ? serverDefault.orElse(null) : existingServerDefault;
    }

    /** The comment after the change, or {@code null} for none. */
    public String resultingComment() {
        return comment != null ? comment.orElse(null) : existingComment;
    }

    /** The column's name after the change. */
    public String resultingName() {
        return newName != null ? newName : column;
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitAlterColumn(this);
    }
}
