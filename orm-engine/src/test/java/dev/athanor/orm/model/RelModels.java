package dev.athanor.orm.model;

import dev.athanor.orm.Registry;
import dev.athanor.schema.MetaData;
import java.util.List;

/** The relationship fixture model (tables prefixed {@code rel_}), with the association table {@code rel_post_tag} mapped by {@link RelPostTag}. */
public final class RelModels {
    private RelModels() {
    }

    /** A fresh registry of every relationship fixture class. */
    public static Registry registry() {
        return Registry.of(new MetaData(), List.of(RelAuthor.class, RelBook.class, RelPost.class, RelTag.class, RelPostTag.class,
                RelUser.class, RelProfile.class, RelProject.class, RelMembership.class, RelCategory.class,
                RelDepartment.class, RelEmployee.class));
    }
}
