package dev.athanor.migrate.operation;

import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.SetTableComment;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createTableComment}: sets a table's comment ({@code COMMENT ON TABLE t IS '…'}; MySQL
 * {@code ALTER TABLE t COMMENT '…'}); nothing on databases that keep no comments (SQLite, SQL Server).
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param comment the new comment
 * @param existingComment the comment it had, restored by the reverse; {@code null} for none
 */
public record CreateTableCommentOp(String schema, String table, String comment, String existingComment)
        implements SchemaOperation {

    public CreateTableCommentOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new SetTableComment(schema, table, comment));
    }

    @Override
    public SchemaOperation reverse() {
        return existingComment == null ? new DropTableCommentOp(schema, table, comment)
                : new CreateTableCommentOp(schema, table, existingComment, comment);
    }

    @Override
    public String describe() {
        return "createTableComment(" + SchemaObjects.qualified(schema, table) + ")";
    }
}
