package dev.athanor.orm;

import dev.athanor.engine.Row;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.Arrays;
import java.util.List;

/**
 * Expiring and refreshing, as SQLAlchemy's {@code Session.expire} and {@code Session.refresh}:
 * an expired object keeps its fields until the next load of its row overwrites them (its getters
 * load it again when it is instrumented); a refresh expires it and loads the row now. Both follow
 * the {@code refresh-expire} cascade, and neither autoflushes: they show what the database holds
 * and leave the session's other changes pending. A row deleted behind the session's back is an
 * error that names the way out (expunge the object).
 */
final class Refresher {
    private final TrackingSession session;
    private final SessionObjects objects;
    private final Cascades cascades;

    Refresher(TrackingSession session, SessionObjects objects, Cascades cascades) {
        this.session = session;
        this.objects = objects;
        this.cascades = cascades;
    }

    /** Reloads every column of a persistent object, and of the objects its refresh-expire cascade reaches. */
    void refresh(Object object) {
        InstanceState state = persistentState(object, "refresh");
        state.expire();
        reload(state);
        for (Object related : cascades.cascadeTargets(state, CascadeOption.REFRESH_EXPIRE)) {
            InstanceState relatedState = objects.state(related);
            if (relatedState != null && relatedState.state == ObjectState.PERSISTENT) {
                refresh(related);
            }
        }
    }

    /**
     * Reloads only the named attributes: {@code refresh(author, "name", "email")} sends
     * {@code SELECT author.name, author.email FROM author WHERE author.id = ?}; a relationship
     * ({@code refresh(author, "books")}) is loaded again with its own SELECT, as SQLAlchemy's
     * {@code refresh(obj, ["books"])} does, whatever its loading strategy.
     */
    void refresh(Object object, String... attributes) {
        InstanceState state = persistentState(object, "refresh");
        Mapper<?> mapper = state.mapper;
        if (attributes.length == 0) {
            throw new InvalidRequestError("refresh(" + TrackingSession.describe(object) + ", …) was given no"
                    + " attribute names; call refresh(object) to reload every column");
        }
        session.checkUsable();
        List<String> relationships = mapper.relationships().stream().map(RelationshipProperty::name)
                .filter(Arrays.asList(attributes)::contains).toList();
        List<ColumnProperty> properties = Arrays.stream(attributes).filter(name -> !relationships.contains(name))
                .map(mapper::property).toList();
        if (!properties.isEmpty()) {
            refreshColumns(object, state, properties);
        }
        relationships.forEach(name -> session.relationshipLoader().loadForFlush(state, mapper.relationship(name)));
    }

    private void refreshColumns(Object object, InstanceState state, List<ColumnProperty> properties) {
        Mapper<?> mapper = state.mapper;
        EntityTable<?> table = EntityTable.of(mapper.entityClass());
        // read the raw row, not through the loader, which would see an entity in a full column list
        Select select = Sql.select(properties.stream().map(p -> table.attribute(p.name()))
                .toArray(ColumnAttribute[]::new)).where(IdentityLookup.keyConditions(table, mapper, state.key()));
        select = PolymorphicSelect.joinTables(select, session.registry());
        Row row = session.connection(mapper).execute(select).first();
        if (row == null) {
            throw rowGone(object);
        }
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            property.load(object, row.get(i));
            state.takeSnapshot(property);
        }
    }

    /** Expires a persistent object and the objects its refresh-expire cascade reaches. */
    void expire(Object object) {
        InstanceState state = persistentState(object, "expire");
        state.expire();
        cascades.cascadeTargets(state, CascadeOption.REFRESH_EXPIRE).stream().map(objects::state)
                .filter(s -> s != null && s.state == ObjectState.PERSISTENT).forEach(InstanceState::expire);
    }

    void expireAll() {
        objects.identityMap().values().forEach(InstanceState::expire);
    }

    /** Loads the row of an expired object again, without autoflush; its fields take the row's values. */
    void reload(InstanceState state) {
        if (session.noAutoflush(() -> session.get(state.mapper.entityClass(), state.key().values())) == null) {
            throw rowGone(state.object);
        }
    }

    private InstanceState persistentState(Object object, String action) {
        InstanceState state = objects.state(object);
        if (state == null || state.state != ObjectState.PERSISTENT) {
            throw new InvalidRequestError("Cannot " + action + " instance " + TrackingSession.describe(object)
                    + ": it is not persistent in this session");
        }
        return state;
    }

    private static InvalidRequestError rowGone(Object object) {
        return new InvalidRequestError("Could not refresh instance " + TrackingSession.describe(object)
                + ": its row is gone (deleted outside this session); expunge(object) it from the session");
    }
}
