package dev.athanor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.NoSuchTableError;
import dev.athanor.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateAllTest {
    enum Status { ACTIVE, DISABLED }

    private final MetaData metadata = new MetaData();
    private final RecordingBind bind = new RecordingBind();

    private void declareModel() {
        metadata.table("posts",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("author_id", Types.INTEGER).references("users.id"),
                Column.of("slug", Types.string(50)).index(),
                Column.of("serial", Types.BIG_INTEGER).sequence(Sequence.named("post_serial")));
        metadata.table("users",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("status", Types.enumType(Status.class)),
                Column.of("favourite_post_id", Types.INTEGER)
                        .foreignKey(ForeignKey.to("posts.id").name("fk_users_favourite").useAlter()));
    }

    @Test
    void createsTypesAndSequencesThenTablesWithIndexesThenAlterForeignKeys() {
        declareModel();

        metadata.createAll(bind);

        assertThat(bind.executed).containsExactly(
                "create type status",
                "create sequence post_serial",
                "create table users",
                "create table posts",
                "create index ix_posts_slug",
                "add constraint fk_users_favourite");
        assertThat(bind.runs).isEqualTo(1);
    }

    @Test
    void dropsTablesInReverseDependencyOrder() {
        declareModel();
        bind.tables.addAll(List.of("users", "posts"));
        bind.sequences.add("post_serial");
        bind.types.add("status");

        metadata.dropAll(bind);

        assertThat(bind.executed).containsExactly(
                "drop constraint fk_users_favourite",
                "drop table posts",
                "drop table users",
                "drop sequence post_serial",
                "drop type status");
    }

    @Test
    void checkFirstSkipsWhatExists() {
        declareModel();
        bind.tables.add("users");
        bind.types.add("status");

        metadata.createAll(bind);

        assertThat(bind.executed).containsExactly(
                "create sequence post_serial",
                "create table posts",
                "create index ix_posts_slug");
    }

    @Test
    void withoutCheckFirstCreatesEverything() {
        declareModel();
        bind.tables.addAll(List.of("users", "posts"));

        metadata.createAll(bind, false);

        assertThat(bind.executed).contains("create table users", "create table posts");
    }

    @Test
    void dropAllWithCheckFirstDropsOnlyExistingTables() {
        declareModel();
        bind.tables.add("users");
        bind.types.add("status");

        metadata.dropAll(bind);

        assertThat(bind.executed).containsExactly("drop constraint fk_users_favourite", "drop table users", "drop type status");
    }

    @Test
    void unknownForeignKeyTargetFailsBeforeAnyDdl() {
        metadata.table("posts", Column.of("author_id", Types.INTEGER).references("authors.id"));

        assertThatThrownBy(() -> metadata.createAll(bind)).isInstanceOf(NoSuchTableError.class);
        assertThat(bind.runs).isZero();
    }

    @Test
    void sameEnumNameWithOtherLabelsIsRejected() {
        metadata.table("a", Column.of("s", Types.enumType(Status.class, "state")));
        metadata.table("b", Column.of("s", Types.enumType(Autoincrement.class, "state")));

        assertThatThrownBy(() -> metadata.createAll(bind))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'state'").hasMessageContaining("b.s");
    }
}
