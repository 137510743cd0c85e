package dev.athanor.actuate.mapping;

import dev.athanor.orm.CascadeOption;
import dev.athanor.orm.ColumnProperty;
import dev.athanor.orm.Mapper;
import dev.athanor.orm.Registry;
import dev.athanor.orm.RelationshipProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code athanor-mappings} endpoint: each mapped class with its table, columns and their Java
 * and SQL types, and its relationships.
 */
@Endpoint(id = "athanor-mappings")
public class AthanorMappingsEndpoint {
    private final Registry registry;

    /** An endpoint describing the registry's mappers. */
    public AthanorMappingsEndpoint(Registry registry) {
        this.registry = registry;
    }

    /** Every mapped class, sorted by class name. */
    @ReadOperation
    public MappingsDescriptor mappings() {
        List<EntityDescriptor> entities = registry.mappers().stream()
                .sorted(Comparator.comparing(mapper -> mapper.entityClass().getName()))
                .map(AthanorMappingsEndpoint::entity).toList();
        return new MappingsDescriptor(entities);
    }

    private static EntityDescriptor entity(Mapper<?> mapper) {
        List<PropertyDescriptor> columns = mapper.columns().stream().map(AthanorMappingsEndpoint::property).toList();
        List<RelationshipDescriptor> relationships = mapper.relationships().stream()
                .map(AthanorMappingsEndpoint::relationship).toList();
        return new EntityDescriptor(mapper.entityClass().getName(), mapper.table().key(), columns, relationships,
                inheritance(mapper));
    }

    private static RelationshipDescriptor relationship(RelationshipProperty relationship) {
        RelationshipProperty back = relationship.backPopulates();
        return new RelationshipDescriptor(relationship.name(), lowerDashed(relationship.kind().name()),
                relationship.target().entityClass().getName(), back == null ? null : back.name(),
                relationship.cascade().stream().map(CascadeOption::sqlAlchemyName).toList(),
                lowerDashed(relationship.lazy().name()), relationship.isCollection(),
                relationship.secondary() == null ? null : relationship.secondary().key());
    }

    private static InheritanceDescriptor inheritance(Mapper<?> mapper) {
        if (mapper.inheritance().isEmpty()) {
            return null;
        }
        return new InheritanceDescriptor(lowerDashed(mapper.inheritance().get().name()),
                mapper.inherits().map(parent -> parent.entityClass().getName()).orElse(null),
                mapper.polymorphicIdentity().orElse(null),
                mapper.polymorphicOn().map(ColumnProperty::name).orElse(null),
                mapper.subclasses().stream().map(sub -> sub.entityClass().getName()).toList());
    }

    /** {@code MANY_TO_ONE} as {@code many-to-one}, {@code SELECTIN} as {@code selectin}. */
    private static String lowerDashed(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PropertyDescriptor property(ColumnProperty property) {
        return new PropertyDescriptor(property.name(), property.column().name(), property.javaType().getName(),
                property.column().type().toString(), property.column().isNullable(), property.isPrimaryKey(),
                property.isVersion());
    }

    /** The mapped classes of the application. */
    public record MappingsDescriptor(List<EntityDescriptor> entities) {

        public MappingsDescriptor {
            entities = List.copyOf(entities);
        }
    }

    /**
     * One mapped class: its table, column properties and relationships, and its place in an
     * inheritance hierarchy ({@code null} when it belongs to none).
     */
    public record EntityDescriptor(String className, String table, List<PropertyDescriptor> columns,
                                   List<RelationshipDescriptor> relationships, InheritanceDescriptor inheritance) {

        public EntityDescriptor {
            columns = List.copyOf(columns);
            relationships = List.copyOf(relationships);
        }
    }

    /** One mapped field and its column. */
    public record PropertyDescriptor(String attribute, String column, String javaType, String sqlType,
                                     boolean nullable, boolean primaryKey, boolean version) {
    }

    /**
     * One relationship: its kind ({@code many-to-one}, {@code one-to-many}, {@code many-to-many}),
     * the target class, the attribute it back-populates ({@code null} when none), its cascades in
     * SQLAlchemy's names, its default loader strategy ({@code select}, {@code selectin}, {@code joined},
     * {@code raise}…), whether it holds a collection, and a many-to-many's association table.
     */
    public record RelationshipDescriptor(String attribute, String kind, String target, String backPopulates,
                                         List<String> cascade, String loaderStrategy, boolean collection,
                                         String secondary) {

        public RelationshipDescriptor {
            cascade = List.copyOf(cascade);
        }
    }

    /**
     * A mapped class's place in an inheritance hierarchy: the strategy ({@code joined},
     * {@code single-table}), the mapped class it inherits from ({@code null} at the base), its
     * discriminator value and the discriminator attribute, and its direct mapped subclasses.
     */
    public record InheritanceDescriptor(String strategy, String inherits, String polymorphicIdentity,
                                        String polymorphicOn, List<String> subclasses) {

        public InheritanceDescriptor {
            subclasses = List.copyOf(subclasses);
        }
    }
}
