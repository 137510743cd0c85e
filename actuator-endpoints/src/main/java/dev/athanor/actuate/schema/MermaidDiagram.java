package dev.athanor.actuate.schema;

import dev.athanor.actuate.schema.SchemaDescriptor.ColumnDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.ForeignKeyDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import java.util.List;

/**
 * Writes a schema as a Mermaid {@code erDiagram}: one entity per table with its columns, one
 * many-to-one relationship per foreign key.
 *
 * <pre>
 * erDiagram
 *     book {
 *         BIGINT id PK
 *         BIGINT author_id FK
 *     }
 *     book }o--|| author : "author_id"
 * </pre>
 */
final class MermaidDiagram {

    private MermaidDiagram() {
    }

    static String render(List<TableDescriptor> tables) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (TableDescriptor table : tables) {
            out.append("    ").append(word(table.name())).append(" {\n");
            for (ColumnDescriptor column : table.columns()) {
                out.append("        ").append(word(column.type())).append(' ').append(word(column.name()));
                String keys = keys(table, column.name());
                if (!keys.isEmpty()) {
                    out.append(' ').append(keys);
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (TableDescriptor table : tables) {
            for (ForeignKeyDescriptor fk : table.foreignKeys()) {
                // a nullable reference may point nowhere: zero-or-one on the referred side
                String referred = allNullable(table, fk.columns()) ? "o|" : "||";
                out.append("    ").append(word(table.name())).append(" }o--").append(referred).append(' ')
                        .append(word(fk.referredTable())).append(" : \"")
                        .append(String.join(", ", fk.columns()).replace('"', '\'')).append("\"\n");
            }
        }
        return out.toString();
    }

    private static String keys(TableDescriptor table, String column) {
        boolean primary = table.primaryKey().contains(column);
        boolean foreign = table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
        return primary && foreign ? "PK, FK" : primary ? "PK" : foreign ? "FK" : "";
    }

    private static boolean allNullable(TableDescriptor table, List<String> columns) {
        return table.columns().stream().filter(c -> columns.contains(c.name())).allMatch(ColumnDescriptor::nullable);
    }

    /** Mermaid names and types are single words: anything else becomes an underscore. */
    private static String word(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
