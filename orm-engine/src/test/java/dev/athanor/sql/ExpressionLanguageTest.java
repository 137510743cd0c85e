package dev.athanor.sql;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Building statements: rendering for debugging, cache keys, join inference, defaults, errors. */
class ExpressionLanguageTest {
    private final CoreFixture f = new CoreFixture();

    @Test
    void toStringShowsGenericSqlWithNamedPlaceholders() {
        Select select = select(f.users.c("name")).where(f.users.c("id", Integer.class).eq(5));
        assertThat(select.toString()).isEqualTo("SELECT users.name FROM users WHERE users.id = :id_1");
        assertThat(insert(f.users).values(Map.of("name", "x")).toString())
                .isEqualTo("INSERT INTO users (name) VALUES (:name)");
    }

    @Test
    void statementsDifferingOnlyInValuesShareACacheKey() {
        var id = f.users.c("id", Integer.class);
        assertThat(CacheKey.of(select(f.users.c("name")).where(id.eq(1))))
                .isEqualTo(CacheKey.of(select(f.users.c("name")).where(id.eq(2))));
        assertThat(CacheKey.of(select(f.users.c("name")).where(id.eq(1))))
                .isNotEqualTo(CacheKey.of(select(f.users.c("name")).where(id.gt(1))));
        assertThat(CacheKey.of(select(f.users.c("id")).limit(5))).isEqualTo(CacheKey.of(select(f.users.c("id")).limit(50)));
    }

    @Test
    void theCacheKeyTellsApartEveryClauseASelectMayLeaveOut() {
        var id = f.users.c("id", Integer.class);
        Select base = select(id);
        List<Select> variants = List.of(base, base.where(id.eq(1)), base.groupBy(id), base.groupBy(id).having(id.gt(1)),
                base.orderBy(id), base.limit(5), base.offset(5), base.limit(5).offset(5), base.distinct(),
                base.distinct(id), base.forUpdate(), base.where(id.eq(1)).orderBy(id), base.orderBy(id).limit(5));
        for (int i = 0; i < variants.size(); i++) {
            for (int j = 0; j < variants.size(); j++) {
                assertThat(CacheKey.of(variants.get(i)).equals(CacheKey.of(variants.get(j))))
                        .as("%s against %s", variants.get(i), variants.get(j)).isEqualTo(i == j);
            }
        }
    }

    @Test
    void columnsBuiltPerCallShareKeysByNameTableAndTypeAsBefore() {
        Select first = select(Sql.table("t", Sql.column("a", Types.INTEGER)).c("a"));
        Select second = select(Sql.table("t", Sql.column("a", Types.INTEGER)).c("a"));
        assertThat(CacheKey.of(first)).isEqualTo(CacheKey.of(second));
        assertThat(CacheKey.of(first)).isNotEqualTo(CacheKey.of(select(Sql.table("u", Sql.column("a", Types.INTEGER)).c("a"))));
        assertThat(CacheKey.of(first)).isNotEqualTo(CacheKey.of(select(Sql.table("s", "t", Sql.column("a", Types.INTEGER)).c("a"))));
        assertThat(CacheKey.of(first)).isNotEqualTo(CacheKey.of(select(Sql.table("t", Sql.column("b", Types.INTEGER)).c("b"))));
        assertThat(CacheKey.of(first)).isNotEqualTo(CacheKey.of(select(Sql.table("t", Sql.column("a", Types.TEXT)).c("a"))));

        // a column used before its table took it: its key follows the attachment
        var free = dev.athanor.schema.Column.of("a", Types.INTEGER);
        var unattached = CacheKey.of(select(free));
        new dev.athanor.schema.MetaData().table("t", free);
        assertThat(CacheKey.of(select(free))).isNotEqualTo(unattached).isEqualTo(CacheKey.of(first));
    }

    @Test
    void eqNullIsIsNullAndNotNegatesOperators() {
        var name = f.users.c("name", String.class);
        assertThat(select(f.users.c("id")).where(name.eq((String) null)).toString())
                .endsWith("WHERE users.name IS NULL");
        assertThat(select(f.users.c("id")).where(Sql.not(name.in("a", "b"))).toString())
                .endsWith("WHERE users.name NOT IN (__[POSTCOMPILE_name_1])");
        assertThat(select(f.users.c("id")).where(Sql.not(name.between("a", "b"))).toString())
                .endsWith("WHERE users.name NOT BETWEEN :name_1 AND :name_1");
    }

    @Test
    void autoescapeEscapesWildcardsAndTheEscapeCharacter() {
        BindParameter<?> pattern = (BindParameter<?>) ((BinaryExpression<?>) f.users.c("name", String.class)
                .contains("50%_off/now")).right();
        assertThat(pattern.value()).isEqualTo("%50/%/_off//now%");
    }

    @Test
    void typedColumnLookupChecksTheJavaType() {
        assertThatThrownBy(() -> f.users.c("name", Integer.class))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("users.name holds java.lang.String");
    }

    @Test
    void joinInfersTheOnClauseFromTheSingleForeignKey() {
        TestTable parent = new TestTable("parent", "id");
        TestTable child = new TestTable("child", "id", "parent_id");
        child.refer(child.c("parent_id"), parent.c("id"));
        assertThat(select(parent.c("id")).join(child).toString())
                .isEqualTo("SELECT parent.id FROM parent JOIN child ON parent.id = child.parent_id");
        TableAlias p2 = parent.alias("p2");
        assertThat(select(child.c("id")).join(p2).toString())
                .isEqualTo("SELECT child.id FROM child JOIN parent AS p2 ON p2.id = child.parent_id");
    }

    @Test
    void joinWithoutOrWithSeveralForeignKeysNamesTheCandidates() {
        TestTable people = new TestTable("people", "id");
        TestTable loans = new TestTable("loans", "id", "lender_id", "borrower_id");
        loans.refer(loans.c("lender_id"), people.c("id"));
        loans.refer(loans.c("borrower_id"), people.c("id"));
        assertThatThrownBy(() -> select(people.c("id")).join(loans))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("several foreign keys")
                .hasMessageContaining("lender_id").hasMessageContaining("borrower_id");
        assertThatThrownBy(() -> select(people.c("id")).join(new TestTable("other", "id")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("Can't find any foreign key");
    }

    @Test
    void insertAppliesClientSideDefaultsOncePerRow() {
        TestTable things = new TestTable("things", "id", "code");
        AtomicInteger counter = new AtomicInteger();
        things.column("code").defaultSupplier = counter::incrementAndGet;
        Insert insert = insert(things).values(Map.of("id", 1));
        assertThat(insert.toString()).isEqualTo("INSERT INTO things (id, code) VALUES (:id, :code)");
        BindParameter<?> code = (BindParameter<?>) insert.rows().get(0).get(things.column("code"));
        assertThat(List.of(code.value(), code.value())).containsExactly(1, 2);
    }

    @Test
    void insertWithoutValuesTakesItsColumnsFromTheParameters() {
        Executable planned = insert(f.users).forParameters(Map.of("name", "x"));
        assertThat(planned.toString()).isEqualTo("INSERT INTO users (name) VALUES (:name)");
    }

    @Test
    void subqueryColumnsAreNamedAndDeduplicated() {
        Subquery sq = select(f.users.c("id"), f.books.c("id"), func.count()).subquery("sq");
        assertThat(sq.columns()).extracting(ColumnClause::name).containsExactly("id", "id_1", "count");
    }

    /** A table with foreign keys and defaults, as schema.Table and schema.Column will provide them. */
    private static final class TestTable extends TableClause {
        private final String name;
        private final List<TestColumn> columns = new ArrayList<>();
        private final List<ForeignKeyReference> references = new ArrayList<>();

        TestTable(String name, String... columnNames) {
            this.name = name;
            for (String column : columnNames) {
                columns.add(new TestColumn(column, this));
            }
        }

        void refer(ColumnClause<?> column, ColumnClause<?> target) {
            references.add(new ForeignKeyReference(List.of(column), List.of(target)));
        }

        TestColumn column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElseThrow();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String schema() {
            return null;
        }

        @Override
        public List<TestColumn> columns() {
            return columns;
        }

        @Override
        public List<ForeignKeyReference> foreignKeyReferences() {
            return references;
        }
    }

    private static final class TestColumn extends ColumnClause<Integer> {
        private final String name;
        private final TestTable table;
        Supplier<?> defaultSupplier;

        TestColumn(String name, TestTable table) {
            this.name = name;
            this.table = table;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TableClause table() {
            return table;
        }

        @Override
        public SqlType<Integer> type() {
            return Types.INTEGER;
        }

        @Override
        public Supplier<?> insertDefault() {
            return defaultSupplier;
        }
    }
}
