package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates that name constraints and indexes declared without a name, like SQLAlchemy's
 * {@code naming_convention}. Tokens: {@code {table}}, {@code {column0}} (first column),
 * {@code {columns}} (all columns joined by {@code _}), {@code {constraint}} (the name given to the
 * constraint, which then must have one), and for foreign keys {@code {referredTable}} and
 * {@code {referredColumn0}}. A {@code null} template leaves that kind unnamed, to the database.
 *
 * <p>{@link #DEFAULT} is SQLAlchemy's own default: only indexes are named. {@link #RECOMMENDED}
 * is the convention Alembic recommends; it names every constraint deterministically, which makes
 * migrations able to drop them by name. A name given explicitly is kept unless the template uses
 * {@code {constraint}}.
 *
 * @param index template for indexes ({@code ix})
 * @param unique template for unique constraints ({@code uq})
 * @param check template for check constraints ({@code ck})
 * @param foreignKey template for foreign keys ({@code fk})
 * @param primaryKey template for primary keys ({@code pk})
 */
public record NamingConvention(String index, String unique, String check, String foreignKey, String primaryKey) {
    // Declared before the conventions below, whose constructors use them.
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Set<String> TOKENS = Set.of("table", "column0", "columns", "constraint");
    private static final Set<String> FOREIGN_KEY_TOKENS = Set.of("referredTable", "referredColumn0");

    /** SQLAlchemy's default: {@code ix_<table>_<column>} for indexes, nothing else named. */
    public static final NamingConvention DEFAULT = new NamingConvention("ix_{table}_{column0}", null, null, null, null);

    /** Every constraint named: {@code ix_users_email}, {@code uq_users_email}, {@code ck_users_<name>}, {@code fk_posts_author_id_users}, {@code pk_users}. */
    public static final NamingConvention RECOMMENDED = new NamingConvention("ix_{table}_{column0}",
            "uq_{table}_{column0}", "ck_{table}_{constraint}", "fk_{table}_{column0}_{referredTable}", "pk_{table}");

    public NamingConvention {
        validate("index", index, TOKENS);
        validate("unique", unique, TOKENS);
        validate("check", check, TOKENS);
        validate("primaryKey", primaryKey, TOKENS);
        validate("foreignKey", foreignKey, union(TOKENS, FOREIGN_KEY_TOKENS));
    }

    /** This convention with another index template. */
    public NamingConvention withIndex(String template) {
        return new NamingConvention(template, unique, check, foreignKey, primaryKey);
    }

    /** This convention with another unique-constraint template. */
    public NamingConvention withUnique(String template) {
        return new NamingConvention(index, template, check, foreignKey, primaryKey);
    }

    /** This convention with another check-constraint template. */
    public NamingConvention withCheck(String template) {
        return new NamingConvention(index, unique, template, foreignKey, primaryKey);
    }

    /** This convention with another foreign-key template. */
    public NamingConvention withForeignKey(String template) {
        return new NamingConvention(index, unique, check, template, primaryKey);
    }

    /** This convention with another primary-key template. */
    public NamingConvention withPrimaryKey(String template) {
        return new NamingConvention(index, unique, check, foreignKey, template);
    }

    /** The name an attached constraint gets: explicit, derived, or {@code null}. */
    String nameFor(Constraint constraint) {
        String template = constraint.accept(new ConstraintVisitor<String>() {
            @Override
            public String visitPrimaryKey(PrimaryKeyConstraint c) {
                return primaryKey;
            }

            @Override
            public String visitUnique(UniqueConstraint c) {
                return unique;
            }

            @Override
            public String visitCheck(CheckConstraint c) {
                return check;
            }

            @Override
            public String visitForeignKey(ForeignKeyConstraint c) {
                return foreignKey;
            }
        });
        String referredTable = null;
        String referredColumn = null;
        if (constraint instanceof ForeignKeyConstraint fk) {
            referredTable = fk.referredTableName();
            referredColumn = fk.referredColumnNames().get(0);
        }
        return apply(template, constraint.explicitName(), constraint.table(), constraint.columnNames(),
                referredTable, referredColumn, constraint.kind());
    }

    /** The name an attached index gets. */
    String nameFor(Index index) {
        return apply(this.index, index.explicitName(), index.table(), index.columnNames(), null, null,
                "Index" + index.columnNames());
    }

    private static String apply(String template, String explicit, Table table, List<String> columns,
                                String referredTable, String referredColumn, String what) {
        if (template == null) {
            return explicit;
        }
        boolean usesConstraint = template.contains("{constraint}");
        if (explicit != null && !usesConstraint) {
            return explicit;
        }
        if (explicit == null && usesConstraint) {
            throw new ArgumentError(what + " on table '" + table.name() + "' needs an explicit name: the naming"
                    + " convention '" + template + "' uses {constraint}; call .name(…) on it");
        }
        if (columns.isEmpty() && (template.contains("{column0}") || template.contains("{columns}"))) {
            throw new ArgumentError(what + " on table '" + table.name() + "' has no columns for the naming"
                    + " convention '" + template + "'; give it an explicit name");
        }
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder name = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "table" -> table.name();
                case "column0" -> columns.get(0);
                case "columns" -> String.join("_", columns);
                case "constraint" -> explicit;
                case "referredTable" -> referredTable;
                case "referredColumn0" -> referredColumn;
                default -> throw new IllegalStateException("token validated in the constructor: " + matcher.group());
            };
            matcher.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(name);
        return name.toString();
    }

    private static void validate(String kind, String template, Set<String> allowed) {
        if (template == null) {
            return;
        }
        Matcher matcher = TOKEN.matcher(template);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group(1))) {
                throw new ArgumentError("Naming convention for " + kind + " uses unknown token " + matcher.group()
                        + " in '" + template + "'; known tokens are " + allowed.stream().sorted().map(t -> "{" + t + "}").toList());
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
}
