package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropTableComment;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropTableComment}: removes a table's comment.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param existingComment the comment it had, restored by the reverse; {@code null} when unknown
 */
public record DropTableCommentOp(String schema, String table, String existingComment) implements SchemaOperation {

    public DropTableCommentOp {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new DropTableComment(schema, table));
    }

    @Override
    public CreateTableCommentOp reverse() {
        if (existingComment == null) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed without the comment it"
                    + " removes; build it as new DropTableCommentOp(schema, table, existingComment)");
        }
        return new CreateTableCommentOp(schema, table, existingComment, null);
    }

    @Override
    public String describe() {
        return "dropTableComment(" + SchemaObjects.qualified(schema, table) + ")";
    }
}
