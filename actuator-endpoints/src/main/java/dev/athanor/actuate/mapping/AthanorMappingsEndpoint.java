package dev.athanor.actuate.mapping;

import dev.athanor.orm.ColumnProperty;
import dev.athanor.orm.Mapper;
import dev.athanor.orm.Registry;
import java.util.Comparator;
import java.util.List;
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
        // the Mapper exposes no relationships yet; the list fills in once it does
        return new EntityDescriptor(mapper.entityClass().getName(), mapper.table().key(), columns, List.of());
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

    /** One mapped class: its table, column properties and relationships. */
    public record EntityDescriptor(String className, String table, List<PropertyDescriptor> columns,
                                   List<RelationshipDescriptor> relationships) {

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
     * the target class, the attribute it back-populates, its cascades and its loader strategy.
     */
    public record RelationshipDescriptor(String attribute, String kind, String target, String backPopulates,
                                         List<String> cascade, String loaderStrategy) {

        public RelationshipDescriptor {
            cascade = List.copyOf(cascade);
        }
    }
}
