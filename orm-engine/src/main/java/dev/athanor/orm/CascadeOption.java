package dev.athanor.orm;

import dev.athanor.exc.MappingError;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One operation a relationship passes on from an object to its related objects, as SQLAlchemy's
 * {@code cascade=} names them: {@code "save-update, merge"} is the default, {@code "all"} means
 * every option but {@code delete-orphan}.
 */
public enum CascadeOption {
    /** Adding the parent to a session adds the related objects. */
    SAVE_UPDATE("save-update"),
    /** {@code merge} of the parent merges the related objects. */
    MERGE("merge"),
    /** Deleting the parent deletes the related objects. */
    DELETE("delete"),
    /** A child removed from its parent's collection is deleted. */
    DELETE_ORPHAN("delete-orphan"),
    /** Expunging the parent expunges the related objects. */
    EXPUNGE("expunge"),
    /** Refreshing or expiring the parent does the same to the related objects. */
    REFRESH_EXPIRE("refresh-expire");

    private final String sqlAlchemyName;

    CascadeOption(String sqlAlchemyName) {
        this.sqlAlchemyName = sqlAlchemyName;
    }

    /** The name SQLAlchemy uses, as written in {@code @Relationship(cascade = …)}. */
    public String sqlAlchemyName() {
        return sqlAlchemyName;
    }

    /**
     * Parses SQLAlchemy's comma-separated cascade syntax ({@code "all, delete-orphan"}).
     *
     * @param where the class and field the text belongs to, for the error message
     * @throws MappingError naming the field and the unknown option
     */
    public static Set<CascadeOption> parse(String text, String where) {
        EnumSet<CascadeOption> options = EnumSet.noneOf(CascadeOption.class);
        for (String part : text.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("none")) {
                continue;
            }
            if (name.equals("all")) {
                options.addAll(EnumSet.of(SAVE_UPDATE, MERGE, DELETE, EXPUNGE, REFRESH_EXPIRE));
                continue;
            }
            CascadeOption found = null;
            for (CascadeOption option : values()) {
                if (option.sqlAlchemyName.equals(name)) {
                    found = option;
                }
            }
            if (found == null) {
                throw new MappingError(where + " has cascade option '" + part.trim() + "', which is not one of save-update,"
                        + " merge, delete, delete-orphan, expunge, refresh-expire, all");
            }
            options.add(found);
        }
        return Collections.unmodifiableSet(options);
    }
}
