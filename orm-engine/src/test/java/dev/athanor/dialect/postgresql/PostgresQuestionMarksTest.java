package dev.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.sql.Sql;
import org.junit.jupiter.api.Test;

/** Which {@code ?} characters of user-written SQL pgjdbc needs doubled, and which it must see as they are. */
class PostgresQuestionMarksTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private String compile(String text) {
        return dialect.compile(Sql.text(text)).sql();
    }

    @Test
    void jsonbOperatorsAreDoubledAndBindsStayMarkers() {
        assertThat(compile("SELECT doc ? 'a', doc ?| array['a'], doc ?& array['b'] FROM t WHERE id = :id"))
                .isEqualTo("SELECT doc ?? 'a', doc ??| array['a'], doc ??& array['b'] FROM t WHERE id = ?");
    }

    @Test
    void questionMarksInsideLiteralsIdentifiersCommentsAndDollarQuotesAreLeftAlone() {
        String sql = "SELECT 'what?', E'it\\'s ?', \"q?col\", $$ body ? $$, $fn$ x ? $fn$ -- why?\n"
                + "/* outer ? /* inner ? */ still ? */ FROM t";
        assertThat(compile(sql)).isEqualTo(sql);
    }

    @Test
    void literalColumnsAreEscapedButOfflineScriptsAreNot() {
        assertThat(dialect.compile(Sql.select(Sql.literalColumn("'{}'::jsonb ? 'a'"))).sql())
                .isEqualTo("SELECT '{}'::jsonb ?? 'a'");
        assertThat(dialect.compileWithLiterals(Sql.text("SELECT '{}'::jsonb ? 'a'")))
                .isEqualTo("SELECT '{}'::jsonb ? 'a'");
    }
}
