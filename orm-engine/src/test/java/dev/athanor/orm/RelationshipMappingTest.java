package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelAuthor_;
import dev.athanor.orm.model.RelBook;
import dev.athanor.orm.model.RelCategory;
import dev.athanor.orm.model.RelModels;
import dev.athanor.orm.model.RelPost;
import dev.athanor.orm.model.RelTag;
import dev.athanor.orm.model.RelUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipMappingTest {
    private final Registry registry = RelModels.registry();

    @Test
    void directionAndJoinColumnsFollowTheForeignKeys() {
        RelationshipProperty books = registry.mapper(RelAuthor.class).relationship("books");
        assertThat(books.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
        assertThat(books.target().entityClass()).isEqualTo(RelBook.class);
        assertThat(books.localColumns()).extracting(c -> c.name()).containsExactly("id");
        assertThat(books.remoteColumns()).extracting(c -> c.name()).containsExactly("author_id");
        assertThat(books.cascade()).containsExactlyInAnyOrder(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE,
                CascadeOption.DELETE, CascadeOption.DELETE_ORPHAN, CascadeOption.EXPUNGE, CascadeOption.REFRESH_EXPIRE);
        assertThat(books.backPopulates().name()).isEqualTo("author");
        RelationshipProperty author = registry.mapper(RelBook.class).relationship("author");
        assertThat(author.kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(author.cascade()).containsExactlyInAnyOrder(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE);
    }

    @Test
    void oneToOneManyToManyAndSelfReferenceAreRecognised() {
        RelationshipProperty profile = registry.mapper(RelUser.class).relationship("profile");
        assertThat(profile.isOneToOne()).isTrue();
        RelationshipProperty tags = registry.mapper(RelPost.class).relationship("tags");
        assertThat(tags.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(tags.secondary().name()).isEqualTo("rel_post_tag");
        assertThat(tags.collectionType()).isEqualTo(java.util.Set.class);
        assertThat(tags.secondaryTargetColumns()).extracting(c -> c.name()).containsExactly("tag_id");
        assertThat(registry.mapper(RelTag.class).relationship("posts").backPopulates()).isSameAs(tags);
        assertThat(registry.mapper(RelCategory.class).relationship("parent").kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(registry.mapper(RelCategory.class).relationship("children").kind())
                .isEqualTo(RelationshipKind.ONE_TO_MANY);
    }

    @Test
    void theMetamodelDeclaresRelationshipAttributesAndNoColumnsForThem() {
        RelationshipAttribute<RelAuthor, RelBook> books = RelAuthor_.books;
        assertThat(books.entity()).isEqualTo(RelAuthor.class);
        assertThat(books.target()).isEqualTo(RelBook.class);
        assertThat(books.attribute()).isEqualTo("books");
        assertThat(registry.mapper(RelAuthor.class).relationship(books).name()).isEqualTo("books");
        assertThat(registry.mapper(RelAuthor.class).columns()).extracting(ColumnProperty::name).containsExactly("id", "name");
        assertThat(registry.metadata().table("rel_author").columns()).hasSize(2);
    }

    @Test
    void cascadeTextIsParsedWithSqlAlchemyNames() {
        assertThat(CascadeOption.parse("save-update, merge", "x")).containsExactlyInAnyOrder(CascadeOption.SAVE_UPDATE,
                CascadeOption.MERGE);
        assertThat(CascadeOption.parse("none", "x")).isEmpty();
        assertThatThrownBy(() -> CascadeOption.parse("all, delete-orphans", "Field A.b")).isInstanceOf(MappingError.class)
                .hasMessageContaining("Field A.b").hasMessageContaining("'delete-orphans'");
    }

    @Table("rel_bad_owner")
    static class ToUnmapped {
        @Column(primaryKey = true)
        Long id;
        @Relationship
        List<Thread> threads;
    }

    @Table("rel_bad_address")
    static class Address {
        @Column(primaryKey = true)
        Long id;
    }

    @Table("rel_bad_customer")
    static class Customer {
        @Column(primaryKey = true)
        Long id;
        @ForeignKey("rel_bad_address.id")
        Long billingAddressId;
        @ForeignKey("rel_bad_address.id")
        Long shippingAddressId;
        @Relationship
        Address billingAddress;
    }

    @Table("rel_bad_customer")
    static class ChosenCustomer {
        @Column(primaryKey = true)
        Long id;
        @ForeignKey("rel_bad_address.id")
        Long billingAddressId;
        @ForeignKey("rel_bad_address.id")
        Long shippingAddressId;
        @Relationship(foreignKeys = "shippingAddressId")
        Address shippingAddress;
    }

    @Table("rel_bad_one_way")
    static class OneWay {
        @Column(primaryKey = true)
        Long id;
        @ForeignKey("rel_bad_address.id")
        Long addressId;
        @Relationship(backPopulates = "owners")
        Address address;
    }

    @Table("rel_core_note")
    static class Note {
        @Column(primaryKey = true)
        Long id;
        @Relationship(secondary = "rel_core_note_label")
        List<Label> labels;
    }

    @Table("rel_core_label")
    static class Label {
        @Column(primaryKey = true)
        Long id;
    }

    @Test
    void secondaryMayBeACoreTableOfTheRegistrysMetaData() {
        dev.athanor.schema.MetaData metadata = new dev.athanor.schema.MetaData();
        metadata.table("rel_core_note_label",
                dev.athanor.schema.Column.of("note_id", dev.athanor.types.Types.BIG_INTEGER).references("rel_core_note.id"),
                dev.athanor.schema.Column.of("label_id", dev.athanor.types.Types.BIG_INTEGER).references("rel_core_label.id"));
        RelationshipProperty labels = Registry.of(metadata, List.of(Note.class, Label.class)).mapper(Note.class)
                .relationship("labels");
        assertThat(labels.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(labels.remoteColumns()).extracting(c -> c.name()).containsExactly("note_id");
        assertThatThrownBy(() -> Registry.of(Note.class, Label.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Note.class.getName() + ".labels").hasMessageContaining("rel_core_note_label");
    }

    @Test
    void aRelationshipToAnUnmappedClassNamesClassAndField() {
        assertThatThrownBy(() -> Registry.of(ToUnmapped.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(ToUnmapped.class.getName() + ".threads").hasMessageContaining("java.lang.Thread")
                .hasMessageContaining("not mapped");
    }

    @Test
    void ambiguousForeignKeysNameBothColumnsAndForeignKeysPicksOne() {
        assertThatThrownBy(() -> Registry.of(Address.class, Customer.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Customer.class.getName() + ".billingAddress")
                .hasMessageContaining("rel_bad_customer.billing_address_id")
                .hasMessageContaining("rel_bad_customer.shipping_address_id").hasMessageContaining("foreignKeys");
        RelationshipProperty chosen = Registry.of(Address.class, ChosenCustomer.class).mapper(ChosenCustomer.class)
                .relationship("shippingAddress");
        assertThat(chosen.localColumns()).extracting(c -> c.name()).containsExactly("shipping_address_id");
    }

    @Test
    void backPopulatesMustExistOnTheTarget() {
        assertThatThrownBy(() -> Registry.of(Address.class, OneWay.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(OneWay.class.getName() + ".address").hasMessageContaining("'owners'");
    }
}
