package dev.athanor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

    private static Table posts(MetaData metadata) {
        metadata.table("users", Column.of("id", Types.INTEGER).primaryKey());
        return metadata.table("posts",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("author_id", Types.INTEGER).references("users.id"),
                Column.of("slug", Types.string(50)).unique().index(),
                new CheckConstraint("id > 0").name("positive_id"));
    }

    @Test
    void defaultConventionNamesOnlyIndexesAsSqlAlchemyDoes() {
        Table posts = posts(new MetaData());

        assertThat(posts.indexes()).extracting(Index::name).containsExactly("ix_posts_slug");
        assertThat(posts.constraints()).extracting(Constraint::name).containsExactly(null, null, null, "positive_id");
    }

    @Test
    void recommendedConventionNamesEveryConstraint() {
        Table posts = posts(new MetaData(NamingConvention.RECOMMENDED));

        assertThat(posts.constraints()).extracting(Constraint::name)
                .containsExactly("pk_posts", "fk_posts_author_id_users", "uq_posts_slug", "ck_posts_positive_id");
    }

    @Test
    void explicitNameWinsUnlessTheTemplateUsesConstraint() {
        MetaData metadata = new MetaData(NamingConvention.RECOMMENDED);
        Table users = metadata.table("users", Column.of("id", Types.INTEGER),
                new PrimaryKeyConstraint("id").name("users_key"), new Index("by_id", "id"));

        assertThat(users.primaryKey().name()).isEqualTo("users_key");
        assertThat(users.indexes().get(0).name()).isEqualTo("by_id");
    }

    @Test
    void templateWithConstraintTokenNeedsAnExplicitName() {
        MetaData metadata = new MetaData(NamingConvention.RECOMMENDED);

        assertThatThrownBy(() -> metadata.table("items", Column.of("price", Types.INTEGER), new CheckConstraint("price > 0")))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'items'").hasMessageContaining("{constraint}").hasMessageContaining(".name(");
    }

    @Test
    void customTemplatesUseAllColumnsAndReferredColumn() {
        MetaData metadata = new MetaData(NamingConvention.DEFAULT
                .withUnique("{table}_{columns}_key")
                .withForeignKey("{table}_{column0}_to_{referredTable}_{referredColumn0}"));
        metadata.table("users", Column.of("id", Types.INTEGER).primaryKey());
        Table posts = metadata.table("posts", Column.of("a", Types.INTEGER), Column.of("b", Types.INTEGER),
                new UniqueConstraint("a", "b"),
                new ForeignKeyConstraint(List.of("a"), List.of("users.id")));

        assertThat(posts.constraints()).extracting(Constraint::name).containsExactly("posts_a_to_users_id", "posts_a_b_key");
    }

    @Test
    void unknownTokenIsRejected() {
        assertThatThrownBy(() -> NamingConvention.DEFAULT.withIndex("ix_{tabel}"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("{tabel}").hasMessageContaining("{table}");
    }

    @Test
    void indexWithoutNameOrTemplateIsRejected() {
        MetaData metadata = new MetaData(NamingConvention.DEFAULT.withIndex(null));

        assertThatThrownBy(() -> metadata.table("users", Column.of("email", Types.string(50)).index()))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("has no name");
    }
}
