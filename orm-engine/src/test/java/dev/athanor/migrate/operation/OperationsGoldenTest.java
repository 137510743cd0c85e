package dev.athanor.migrate.operation;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.h2.H2Dialect;
import dev.athanor.dialect.mssql.SqlServerDialect;
import dev.athanor.dialect.mysql.MariaDbDialect;
import dev.athanor.dialect.oracle.OracleDialect;
import dev.athanor.dialect.postgresql.PostgresDialect;
import dev.athanor.dialect.sqlite.SqliteDialect;
import dev.athanor.exc.AthanorException;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Sequence;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import dev.athanor.types.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the SQL every operation renders on each of the six dialects, offline (values as literals),
 * against golden files in {@code src/test/resources/dev/athanor/migrate/operation/}; an operation a
 * dialect cannot express is pinned as its error message.
 */
class OperationsGoldenTest {

    static Stream<Dialect> dialects() {
        return Stream.of(new H2Dialect(), new SqliteDialect(), new PostgresDialect(), new MariaDbDialect(),
                new OracleDialect(), new SqlServerDialect());
    }

    /** Every operation, one step each, in an order that would run on a real database. */
    static Map<String, Consumer<Operations>> steps() {
        Map<String, Consumer<Operations>> steps = new LinkedHashMap<>();
        steps.put("createTable", op -> op.createTable("account",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)).notNull().comment("Display name"),
                Column.of("order", Types.INTEGER).serverDefault("0"),
                new UniqueConstraint("name").name("uq_account_name")));
        steps.put("renameTable", op -> op.renameTable("account", "user"));
        steps.put("createTableComment", op -> op.createTableComment("user", "People"));
        steps.put("dropTableComment", op -> op.dropTableComment("user"));
        steps.put("addColumn", op -> op.addColumn("user", Column.of("age", Types.INTEGER).serverDefault("18")
                .notNull().comment("Years")));
        steps.put("addColumn unique, indexed, referencing", op -> op.addColumn("user", Column.of("group_id",
                Types.INTEGER).unique().index().foreignKey(ForeignKey.to("account_group.id").name("fk_user_group"))));
        steps.put("alterColumn type", op -> op.alterColumn("user", "age",
                c -> c.type(Types.BIG_INTEGER).existingType(Types.INTEGER).existingNullable(false)
                        .existingServerDefault("18")));
        steps.put("alterColumn nullable", op -> op.alterColumn("user", "age",
                c -> c.nullable(true).existingType(Types.BIG_INTEGER).existingNullable(false)));
        steps.put("alterColumn serverDefault", op -> op.alterColumn("user", "age",
                c -> c.serverDefault("21").existingServerDefault("18")));
        steps.put("alterColumn drop serverDefault", op -> op.alterColumn("user", "age",
                c -> c.serverDefault(null).existingServerDefault("21")));
        steps.put("alterColumn comment", op -> op.alterColumn("user", "age",
                c -> c.comment("Age in years").existingType(Types.BIG_INTEGER).existingNullable(true)));
        steps.put("alterColumn rename", op -> op.alterColumn("user", "age", c -> c.newName("years")));
        steps.put("dropColumn", op -> op.dropColumn("user", "years"));
        steps.put("createIndex", op -> op.createIndex("ix_user_name", "user", "name"));
        steps.put("createIndex unique partial", op -> op.createIndex("ix_user_order", "user", List.of("order"), true,
                "\"order\" > 0"));
        steps.put("dropIndex", op -> op.dropIndex("ix_user_name", "user"));
        steps.put("createUniqueConstraint", op -> op.createUniqueConstraint("uq_user_order", "user", "order", "name"));
        steps.put("createCheckConstraint", op -> op.createCheckConstraint("ck_user_order", "user", "\"order\" >= 0"));
        steps.put("createForeignKey", op -> op.createForeignKey("fk_user_parent", "user", "account_group",
                List.of("order"), List.of("id"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL));
        steps.put("createPrimaryKey", op -> op.createPrimaryKey("pk_user", "user", "id"));
        steps.put("dropConstraint foreign key", op -> op.dropConstraint("fk_user_parent", "user", ConstraintType.FOREIGN_KEY));
        steps.put("dropConstraint unique", op -> op.dropConstraint("uq_user_order", "user", ConstraintType.UNIQUE));
        steps.put("dropConstraint check", op -> op.dropConstraint("ck_user_order", "user", ConstraintType.CHECK));
        steps.put("dropConstraint primary key", op -> op.dropConstraint("pk_user", "user", ConstraintType.PRIMARY_KEY));
        steps.put("createSequence", op -> op.createSequence(Sequence.named("user_seq").start(100).increment(10)));
        steps.put("dropSequence", op -> op.dropSequence(Sequence.named("user_seq")));
        steps.put("createEnumType", op -> op.createEnumType("mood", "happy", "sad"));
        steps.put("dropEnumType", op -> op.dropEnumType("mood"));
        TableClause stub = table("user", column("id", Types.INTEGER), column("name", Types.string(50)));
        steps.put("execute text", op -> op.execute("UPDATE \"user\" SET name = 'x' WHERE id = 1"));
        steps.put("execute Core update", op -> op.execute(Sql.update(stub)
                .values(Map.of("name", "renamed")).where(stub.c("id", Integer.class).eq(1))));
        steps.put("bulkInsert", op -> op.bulkInsert(stub, List.of(new TreeMap<>(Map.of("id", 1, "name", "Ann")),
                new TreeMap<>(Map.of("id", 2, "name", "O'Brien")))));
        steps.put("batchAlterTable with copyFrom", op -> op.batchAlterTable(userTable(),
                batch -> batch.alterColumnType("name", Types.string(100)).dropColumn("order")));
        steps.put("batchAlterTable offline without copyFrom", op -> op.batchAlterTable("user",
                batch -> batch.alterColumnType("name", Types.string(100))));
        steps.put("dropTable", op -> op.dropTable("user"));
        return steps;
    }

    private static Table userTable() {
        return new MetaData().table("user",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)).notNull(),
                Column.of("order", Types.INTEGER).index());
    }

    static String render(Dialect dialect) {
        StringBuilder out = new StringBuilder();
        steps().forEach((name, step) -> {
            out.append("-- ").append(name).append('\n');
            RecordingContext context = new RecordingContext(dialect);
            try {
                step.accept(new Operations(context));
                context.statements().forEach(sql -> out.append(sql).append(";\n"));
            } catch (AthanorException e) {
                out.append("ERROR ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append('\n');
            }
        });
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void everyOperationRendersAsTheGoldenFileSays(Dialect dialect) throws IOException {
        String actual = render(dialect);
        String file = dialect.name() + ".sql";
        String write = System.getenv("ATHANOR_WRITE_GOLDEN");
        if (write != null) {
            Files.writeString(Path.of(write, file), actual);
        }
        try (InputStream in = getClass().getResourceAsStream(file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
