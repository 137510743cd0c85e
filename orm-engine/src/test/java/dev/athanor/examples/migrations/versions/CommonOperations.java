package dev.athanor.examples.migrations.versions;

import static dev.athanor.types.Types.BOOLEAN;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.ConstraintType;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.schema.ReferentialAction;
import java.util.List;

/** Both guides' "common migration operations", one after the other, with the tables they assume created first. */
@Revision(id = "def456", downRevision = "abc123", message = "Common operations")
public final class CommonOperations implements Migration {
    @Override
    public void upgrade(Operations op) {
        // tag::common-operations[]
        op.createTable("products",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(100)).notNull());

        op.addColumn("users", Column.of("phone", string(20)));
        op.dropColumn("users", "phone");

        op.alterColumn("users", "username", column -> column
                .existingType(string(50))
                .type(string(100))
                .nullable(true));
        op.alterColumn("products", "name", column -> column.newName("title"));

        op.createIndex("ix_users_email", "users", List.of("email"), true, null);
        op.dropIndex("ix_users_email", "users");

        op.createUniqueConstraint("uq_products_title", "products", "title");
        op.dropConstraint("uq_products_title", "products", ConstraintType.UNIQUE);

        op.createTable("articles",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("author_id", INTEGER));
        op.createForeignKey("fk_articles_author", "articles", "users",
                List.of("author_id"), List.of("id"), ReferentialAction.CASCADE, null);
        op.dropConstraint("fk_articles_author", "articles", ConstraintType.FOREIGN_KEY);

        op.addColumn("users", Column.of("is_active", BOOLEAN));
        op.execute("UPDATE users SET is_active = TRUE");
        // end::common-operations[]
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("users", "is_active");
        op.dropTable("articles");
        op.alterColumn("users", "username", column -> column.existingType(string(100)).type(string(50)).nullable(false));
        op.dropTable("products");
    }
}
