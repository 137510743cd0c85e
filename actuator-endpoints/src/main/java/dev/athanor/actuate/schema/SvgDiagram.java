package dev.athanor.actuate.schema;

import dev.athanor.actuate.schema.DiagramLayout.Box;
import dev.athanor.actuate.schema.SchemaDescriptor.ColumnDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.ForeignKeyDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a schema as a standalone SVG ER diagram: a box per table ({@code <g class="table"
 * data-table="…">}) listing its columns, and a curve per foreign key from the referring column to
 * the referred one. Drawn on the server so the page needs no script library and no network.
 */
final class SvgDiagram {
    private static final int CHAR_WIDTH = 7;

    private SvgDiagram() {
    }

    static String render(List<TableDescriptor> tables) {
        List<Box> boxes = DiagramLayout.place(tables);
        int width = DiagramLayout.MARGIN * 2;
        int height = DiagramLayout.MARGIN * 2;
        for (Box box : boxes) {
            width = Math.max(width, box.x() + DiagramLayout.BOX_WIDTH + DiagramLayout.MARGIN);
            height = Math.max(height, box.y() + box.height() + DiagramLayout.MARGIN);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"athanor-er\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title>").append(tables.size()).append(" tables</title>\n");
        svg.append("<style>.table rect{fill:#fff;stroke:#445}.table .head{fill:#2f4f6f}")
                .append(".table .name{fill:#fff;font-weight:bold}.table .type{fill:#778}")
                .append(".fk{fill:none;stroke:#c60;stroke-width:1.4}</style>\n");
        Map<String, Box> byName = new HashMap<>();
        boxes.forEach(b -> byName.put(DiagramLayout.key(b.table().name()), b));
        for (Box box : boxes) {
            for (ForeignKeyDescriptor fk : box.table().foreignKeys()) {
                Box referred = byName.get(DiagramLayout.key(fk.referredTable()));
                if (referred != null) {
                    link(svg, box, fk, referred);
                }
            }
        }
        boxes.forEach(box -> table(svg, box));
        return svg.append("</svg>\n").toString();
    }

    private static void table(StringBuilder svg, Box box) {
        TableDescriptor table = box.table();
        int x = box.x();
        int y = box.y();
        svg.append("<g class=\"table\" data-table=\"").append(escape(table.name())).append("\">")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(DiagramLayout.BOX_WIDTH).append("\" height=\"").append(box.height()).append("\" rx=\"4\"/>")
                .append("<rect class=\"head\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(DiagramLayout.BOX_WIDTH).append("\" height=\"").append(DiagramLayout.HEADER_HEIGHT)
                .append("\" rx=\"4\"/>")
                .append("<text class=\"name\" x=\"").append(x + 8).append("\" y=\"").append(y + 17).append("\">")
                .append(escape(table.name())).append("</text>\n");
        List<ColumnDescriptor> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDescriptor column = columns.get(i);
            int baseline = box.rowCenter(i) + 4;
            String marker = table.primaryKey().contains(column.name()) ? "\u26bf " : "";
            svg.append("  <text x=\"").append(x + 8).append("\" y=\"").append(baseline).append("\">")
                    .append(escape(marker + column.name())).append("</text>")
                    .append("<text class=\"type\" x=\"").append(x + DiagramLayout.BOX_WIDTH - 8).append("\" y=\"")
                    .append(baseline).append("\" text-anchor=\"end\">")
                    .append(escape(shorten(column.type(), column.name()))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** A curve from the left edge of the referring column to the right edge of the referred one. */
    private static void link(StringBuilder svg, Box from, ForeignKeyDescriptor fk, Box to) {
        int fromRow = rowOf(from.table(), fk.columns().get(0));
        int toRow = fk.referredColumns().isEmpty() ? 0 : rowOf(to.table(), fk.referredColumns().get(0));
        int y1 = from.rowCenter(fromRow);
        int y2 = to.rowCenter(toRow);
        String path;
        if (from == to) {
            int right = from.x() + DiagramLayout.BOX_WIDTH;
            path = "M" + right + "," + y1 + " C" + (right + 50) + "," + y1 + " " + (right + 50) + "," + y2 + " "
                    + right + "," + y2;
        } else {
            int x1 = from.x();
            int x2 = to.x() + DiagramLayout.BOX_WIDTH;
            int bend = Math.max(40, Math.abs(x1 - x2) / 2);
            path = "M" + x1 + "," + y1 + " C" + (x1 - bend) + "," + y1 + " " + (x2 + bend) + "," + y2 + " " + x2
                    + "," + y2;
        }
        svg.append("<path class=\"fk\" data-from=\"").append(escape(from.table().name())).append("\" data-to=\"")
                .append(escape(to.table().name())).append("\" d=\"").append(path).append("\"/>\n");
    }

    private static int rowOf(TableDescriptor table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return 0;
    }

    /** Long type names would run into the column name; cut them to the space left. */
    private static String shorten(String type, String column) {
        int room = (DiagramLayout.BOX_WIDTH - 24) / CHAR_WIDTH - column.length() - 2;
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.length() <= Math.max(room, 4) ? lower : lower.substring(0, Math.max(room, 4) - 1) + "\u2026";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
