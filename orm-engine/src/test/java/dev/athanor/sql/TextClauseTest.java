package dev.athanor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.h2.H2Dialect;
import dev.athanor.dialect.postgresql.PostgresDialect;
import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.BindSlot;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.CompiledSql;
import dev.athanor.types.Types;
import org.junit.jupiter.api.Test;

class TextClauseTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private CompiledSql compile(TextClause text) {
        return dialect.compile(text);
    }

    @Test
    void namedBindsBecomePositionalMarkers() {
        CompiledSql compiled = compile(Sql.text("SELECT * FROM users WHERE id = :id AND name = :name OR id = :id"));
        assertThat(compiled.sql()).isEqualTo("SELECT * FROM users WHERE id = ? AND name = ? OR id = ?");
        assertThat(compiled.slots()).extracting(BindSlot::key).containsExactly("id", "name", "id");
    }

    @Test
    void colonsInsideStringLiteralsAreNotBinds() {
        CompiledSql compiled = compile(Sql.text("SELECT 'literal :x', 'it''s :y' FROM t WHERE a = :a"));
        assertThat(compiled.sql()).isEqualTo("SELECT 'literal :x', 'it''s :y' FROM t WHERE a = ?");
        assertThat(compiled.slots()).extracting(BindSlot::key).containsExactly("a");
    }

    @Test
    void colonsInsideQuotedIdentifiersAndCommentsAreNotBinds() {
        CompiledSql compiled = compile(Sql.text(
                "SELECT \"weird:col\", `other:col` FROM t -- note :nope\n/* :nope */ WHERE a = :a"));
        assertThat(compiled.slots()).extracting(BindSlot::key).containsExactly("a");
        assertThat(compiled.sql()).contains("\"weird:col\"").contains("-- note :nope").contains("/* :nope */");
    }

    @Test
    void postgresCastsAndEscapedColonsStayLiteral() {
        CompiledSql compiled = compile(Sql.text("SELECT :v::int, '10'::text, 'a\\:b', x\\:y FROM t"));
        assertThat(compiled.sql()).isEqualTo("SELECT ?::int, '10'::text, 'a\\:b', x:y FROM t");
        assertThat(compiled.slots()).extracting(BindSlot::key).containsExactly("v");
    }

    @Test
    void bindparamsCarryValuesAndTypesInferredFromThem() {
        TextClause text = Sql.text("SELECT :a, :b").bindparams(java.util.Map.of("a", 5))
                .bindparams(BindParameter.of("b", "x", Types.string(10)));
        CompiledSql compiled = compile(text);
        assertThat(compiled.slots().stream().<Object>map(BindSlot::type).toList())
                .containsExactly(Types.INTEGER, Types.string(10));
        assertThat(CacheKey.of(text).binds().stream().<Object>map(BindParameter::value).toList())
                .containsExactly(5, "x");
    }

    @Test
    void bindingAnUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Sql.text("SELECT :a").bindparam("b", 1))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("no bind parameter ':b'")
                .hasMessageContaining(":a");
    }

    @Test
    void sameTextWithDifferentValuesSharesACacheKey() {
        TextClause text = Sql.text("SELECT * FROM t WHERE id = :id");
        assertThat(CacheKey.of(text.bindparam("id", 1))).isEqualTo(CacheKey.of(text.bindparam("id", 2)));
        assertThat(CacheKey.of(text)).isNotEqualTo(CacheKey.of(Sql.text("SELECT * FROM t WHERE id <> :id")));
    }

    @Test
    void literalBindsRenderValuesInlineWithQuotesEscaped() {
        TextClause text = Sql.text("SELECT :a, :b, :c").bindparams(java.util.Map.of("a", "O'Brien'; DROP TABLE t; --",
                "b", 42, "c", true));
        assertThat(new H2Dialect().compileWithLiterals(text))
                .isEqualTo("SELECT 'O''Brien''; DROP TABLE t; --', 42, TRUE");
    }

    @Test
    void statementKindComesFromTheFirstKeyword() {
        assertThat(Sql.text("  select 1").kind()).isEqualTo(StatementKind.SELECT);
        assertThat(Sql.text("WITH x AS (SELECT 1) SELECT * FROM x").kind()).isEqualTo(StatementKind.SELECT);
        assertThat(Sql.text("insert into t values (1)").kind()).isEqualTo(StatementKind.INSERT);
        assertThat(Sql.text("CREATE TABLE t (id int)").kind()).isEqualTo(StatementKind.DDL);
    }
}
