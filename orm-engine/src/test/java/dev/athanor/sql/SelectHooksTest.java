package dev.athanor.sql;

import static dev.athanor.sql.Sql.literalColumn;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import org.junit.jupiter.api.Test;

/** The hooks the ORM plugs into: opaque options, joins that bring their own ON clause, correlated EXISTS. */
class SelectHooksTest {
    private final CoreFixture f = new CoreFixture();

    /** An option carrying a name, as a loader option carries its strategy and path. */
    private record Named(String name) implements ExecutableOption {
        @Override
        public void appendCacheKey(CacheKey.Builder key) {
            key.append("named").append(name);
        }
    }

    /** Joins authors to books on a condition it knows, as a relationship attribute does. */
    private final JoinTarget books = new JoinTarget() {
        @Override
        public FromClause joinFrom(FromClause left, boolean isOuter) {
            ColumnElement<Boolean> on = f.authors.c("id", Integer.class).eq(f.books.c("author_id"));
            return isOuter ? left.outerJoin(f.books, on) : left.join(f.books, on);
        }

        @Override
        public String toString() {
            return "Author.books";
        }
    };

    @Test
    void optionsRenderNothingButArePartOfTheCacheKey() {
        Select plain = select(f.authors);
        Select withOption = plain.options(new Named("a"));
        assertThat(withOption.toString()).isEqualTo(plain.toString());
        assertThat(withOption.executableOptions()).containsExactly(new Named("a"));
        assertThat(plain.options(new Named("a"), new Named("b")).executableOptions()).hasSize(2);
        assertThat(CacheKey.of(withOption)).isNotEqualTo(CacheKey.of(plain))
                .isNotEqualTo(CacheKey.of(plain.options(new Named("b"))))
                .isEqualTo(CacheKey.of(select(f.authors).options(new Named("a"))));
        assertThatThrownBy(() -> plain.options((ExecutableOption) null)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("null option");
    }

    @Test
    void aJoinTargetSuppliesItsOwnOnClause() {
        assertThat(select(f.authors.c("name")).join(books).toString()).isEqualTo(
                "SELECT authors.name FROM authors JOIN books ON authors.id = books.author_id");
        assertThat(select(f.authors.c("name")).outerJoin(books).toString()).isEqualTo(
                "SELECT authors.name FROM authors LEFT OUTER JOIN books ON authors.id = books.author_id");
        assertThatThrownBy(() -> select(literalColumn("1")).join(books)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Cannot join Author.books");
    }

    @Test
    void withOnlyColumnsKeepsJoinsAndClauses() {
        Select select = select(f.authors).outerJoin(books).where(f.authors.c("name", String.class).eq("x"));
        assertThat(select.withOnlyColumns(f.authors.c("id")).toString()).isEqualTo("SELECT authors.id FROM authors"
                + " LEFT OUTER JOIN books ON authors.id = books.author_id WHERE authors.name = :name_1");
    }

    @Test
    void existsCorrelatesWithTheEnclosingSelect() {
        Select inner = select(literalColumn("1")).where(f.authors.c("id", Integer.class).eq(f.books.c("author_id")),
                f.books.c("title", String.class).eq("T"));
        assertThat(select(f.authors.c("name")).where(inner.exists()).toString()).isEqualTo(
                "SELECT authors.name FROM authors WHERE EXISTS (SELECT 1 FROM books WHERE authors.id = books.author_id"
                        + " AND books.title = :title_1)");
    }
}
