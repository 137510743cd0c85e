package dev.athanor.orm.model;

import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.types.Types;
import java.util.List;

/** The query and eager-loading fixture model (tables prefixed {@code q_}), with the Core association table {@code q_book_tag}. */
public final class QModels {
    private QModels() {
    }

    /** A fresh registry of every query fixture class. */
    public static Registry registry() {
        MetaData metadata = new MetaData();
        metadata.table("q_book_tag",
                Column.of("book_id", Types.BIG_INTEGER).references("q_book.id").primaryKey(),
                Column.of("tag_id", Types.BIG_INTEGER).references("q_tag.id").primaryKey());
        return Registry.of(metadata, List.of(QAuthor.class, QBook.class, QTag.class, QEmployee.class));
    }
}
