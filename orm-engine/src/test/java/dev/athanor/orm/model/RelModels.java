package dev.athanor.orm.model;

import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.types.Types;
import java.util.List;

/** The relationship fixture model (tables prefixed {@code rel_}), with the Core association table {@code rel_post_tag}. */
public final class RelModels {
    private RelModels() {
    }

    /** A fresh registry of every relationship fixture class. */
    public static Registry registry() {
        MetaData metadata = new MetaData();
        metadata.table("rel_post_tag",
                Column.of("post_id", Types.BIG_INTEGER).references("rel_post.id").primaryKey(),
                Column.of("tag_id", Types.BIG_INTEGER).references("rel_tag.id").primaryKey());
        return Registry.of(metadata, List.of(RelAuthor.class, RelBook.class, RelPost.class, RelTag.class,
                RelUser.class, RelProfile.class, RelProject.class, RelMembership.class, RelCategory.class,
                RelDepartment.class, RelEmployee.class));
    }
}
