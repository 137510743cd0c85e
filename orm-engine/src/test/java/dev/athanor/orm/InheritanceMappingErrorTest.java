package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.model.Engineer;
import org.junit.jupiter.api.Test;

/** Inheritance mapping mistakes are MappingErrors naming the class and field at fault. */
class InheritanceMappingErrorTest {

    @Table("inh_bad_base")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @PolymorphicOn("kind")
    static class UnknownDiscriminator {
        @Column(primaryKey = true)
        Integer id;
        String type;
    }

    @Table("inh_lonely")
    @PolymorphicIdentity("lonely")
    static class IdentityWithoutHierarchy {
        @Column(primaryKey = true)
        Integer id;
    }

    @Table("inh_vehicle")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @PolymorphicOn("type")
    static class Vehicle {
        @Column(primaryKey = true)
        Integer id;
        String type;
    }

    @PolymorphicIdentity("car")
    static class Car extends Vehicle {
        int seats;
    }

    @PolymorphicIdentity("bike")
    static class Bike extends Vehicle {
    }

    @PolymorphicIdentity("bike")
    static class OtherBike extends Vehicle {
    }

    @Table("inh_vehicle")
    static class UnrelatedVehicle {
        @Column(primaryKey = true)
        Integer id;
    }

    @Table("inh_animal")
    @Inheritance(strategy = InheritanceType.JOINED)
    @PolymorphicOn("type")
    static class Animal {
        @Column(primaryKey = true)
        Integer id;
        String type;
    }

    @PolymorphicIdentity("dog")
    static class TablelessDog extends Animal {
    }

    @Test
    void aDiscriminatorNamingNoFieldIsAMappingError() {
        assertThatThrownBy(() -> Registry.of(UnknownDiscriminator.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(UnknownDiscriminator.class.getName()).hasMessageContaining("@PolymorphicOn(\"kind\")")
                .hasMessageContaining("no mapped field 'kind'");
    }

    @Test
    void anIdentityOnAClassOutsideAHierarchyIsAMappingError() {
        assertThatThrownBy(() -> Registry.of(IdentityWithoutHierarchy.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(IdentityWithoutHierarchy.class.getName())
                .hasMessageContaining("not in an inheritance hierarchy");
    }

    @Test
    void aNotNullColumnOfASingleTableSubclassIsAMappingError() {
        assertThatThrownBy(() -> Registry.of(Vehicle.class, Car.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Car.class.getName() + ".seats").hasMessageContaining("NOT NULL");
    }

    @Test
    void twoClassesWithTheSameIdentityAreAMappingError() {
        assertThatThrownBy(() -> Registry.of(Vehicle.class, Bike.class, OtherBike.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Bike.class.getName()).hasMessageContaining(OtherBike.class.getName())
                .hasMessageContaining("\"bike\"");
    }

    @Test
    void anUnrelatedClassOnAHierarchysTableIsStillAMappingError() {
        assertThatThrownBy(() -> Registry.of(Vehicle.class, UnrelatedVehicle.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("without inheritance");
    }

    @Test
    void aJoinedSubclassWithoutItsOwnTableIsAMappingError() {
        assertThatThrownBy(() -> Registry.of(Animal.class, TablelessDog.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(TablelessDog.class.getName()).hasMessageContaining("give it a @Table of its own");
    }

    @Test
    void aSubclassWhoseParentIsNotMappedIsAMappingError() {
        assertThatThrownBy(() -> Registry.of(Engineer.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Engineer.class.getName()).hasMessageContaining("does not map");
    }
}
