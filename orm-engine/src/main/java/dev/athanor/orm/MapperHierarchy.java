package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.annotation.InheritanceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one mapper sits in an {@code @Inheritance} hierarchy: its parent and base, its
 * discriminator value, its direct subclasses, and the per-table mappers its rows are written
 * through. The registry fills it in while it builds the hierarchy, base first; it does not change
 * afterwards.
 */
final class MapperHierarchy {
    final Mapper<?> parent;
    final Mapper<?> base;
    final InheritanceType strategy;
    final String identity;
    final ColumnProperty discriminator;
    /** Every class of the hierarchy by discriminator value; one map, shared by all its mappers. */
    final Map<String, Mapper<?>> byIdentity;
    final List<Mapper<?>> subclasses = new ArrayList<>();
    /** Base table first; for a joined subclass one view per table, else the mapper itself. */
    List<Mapper<?>> tableMappers;

    MapperHierarchy(Mapper<?> parent, Mapper<?> base, InheritanceType strategy, String identity,
                    ColumnProperty discriminator, Map<String, Mapper<?>> byIdentity) {
        this.parent = parent;
        this.base = base;
        this.strategy = strategy;
        this.identity = identity;
        this.discriminator = discriminator;
        this.byIdentity = byIdentity;
    }

    /** The mapper itself and every mapped subclass below it, parents before children. */
    static List<Mapper<?>> selfAndDescendants(Mapper<?> mapper) {
        List<Mapper<?>> all = new ArrayList<>();
        all.add(mapper);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).subclasses());
        }
        return all;
    }

    /** The discriminator values of a mapper and its subclasses, for {@code WHERE type IN (…)}. */
    static List<String> identities(Mapper<?> mapper) {
        return selfAndDescendants(mapper).stream().map(m -> m.polymorphicIdentity().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The mapper of a row's discriminator value.
     *
     * @throws InvalidRequestError when no class of the hierarchy has that identity
     */
    Mapper<?> mapperFor(Object value) {
        Mapper<?> found = value == null ? null : byIdentity.get(value.toString());
        if (found == null) {
            throw new InvalidRequestError("No such polymorphic identity " + (value == null ? "NULL" : "'" + value + "'")
                    + " in the hierarchy of " + base.entityClass().getName() + " (column " + base.table().name() + "."
                    + discriminator.column().name() + "); known identities are " + byIdentity.keySet());
        }
        return found;
    }
}
