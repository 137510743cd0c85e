package dev.athanor.orm.enhanced;

import dev.athanor.orm.Registry;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelBook;
import dev.athanor.orm.plain.Fan;
import dev.athanor.schema.MetaData;
import java.util.List;

/**
 * The model the test build enhances (the byte-buddy-maven-plugin's transform-test goal with
 * AthanorEnhancer limited to this package), tables prefixed {@code enh_}; the registry also maps
 * two plain classes of the relationship fixture, so one session holds both kinds, and the plain
 * {@link Fan}, related to the enhanced {@link Writer} both ways.
 */
public final class EnhancedModels {
    private EnhancedModels() {
    }

    /** A fresh registry of the enhanced classes and the plain {@link RelAuthor} / {@link RelBook}. */
    public static Registry registry() {
        return Registry.of(new MetaData(), List.of(Writer.class, Novel.class, Shelf.class, Passport.class, Post.class, Tag.class,
                PostTag.class, RelAuthor.class, RelBook.class, Fan.class));
    }
}
