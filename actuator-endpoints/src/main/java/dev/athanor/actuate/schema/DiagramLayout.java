package dev.athanor.actuate.schema;

import dev.athanor.actuate.schema.SchemaDescriptor.ForeignKeyDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places table boxes in layers, left to right, so that every foreign key points leftwards: a table
 * sits one layer to the right of the furthest table it refers to. Referred-to tables (authors,
 * categories) end up on the left, the tables that refer to them on the right, and lines rarely
 * cross within a small schema. Self-references and cycles do not move a table.
 */
final class DiagramLayout {
    static final int BOX_WIDTH = 230;
    static final int HEADER_HEIGHT = 26;
    static final int ROW_HEIGHT = 18;
    static final int GAP_X = 90;
    static final int GAP_Y = 30;
    static final int MARGIN = 20;

    /** A table's box: its top-left corner and height. */
    record Box(TableDescriptor table, int x, int y, int height) {

        int rowCenter(int columnIndex) {
            return y + HEADER_HEIGHT + columnIndex * ROW_HEIGHT + ROW_HEIGHT / 2;
        }
    }

    private DiagramLayout() {
    }

    static List<Box> place(List<TableDescriptor> tables) {
        Map<String, TableDescriptor> byName = new HashMap<>();
        tables.forEach(t -> byName.put(key(t.name()), t));
        Map<String, Integer> layers = new HashMap<>();
        for (TableDescriptor table : tables) {
            layer(table, byName, layers, new HashSet<>());
        }
        Map<Integer, Integer> nextY = new HashMap<>();
        List<Box> boxes = new ArrayList<>();
        for (TableDescriptor table : tables) {
            int layer = layers.get(key(table.name()));
            int height = HEADER_HEIGHT + Math.max(1, table.columns().size()) * ROW_HEIGHT + 4;
            int y = nextY.getOrDefault(layer, MARGIN);
            boxes.add(new Box(table, MARGIN + layer * (BOX_WIDTH + GAP_X), y, height));
            nextY.put(layer, y + height + GAP_Y);
        }
        return boxes;
    }

    private static int layer(TableDescriptor table, Map<String, TableDescriptor> byName, Map<String, Integer> layers,
                             Set<String> visiting) {
        String key = key(table.name());
        Integer known = layers.get(key);
        if (known != null) {
            return known;
        }
        if (!visiting.add(key)) {
            return 0;
        }
        int layer = 0;
        for (ForeignKeyDescriptor fk : table.foreignKeys()) {
            TableDescriptor referred = byName.get(key(fk.referredTable()));
            if (referred != null && referred != table) {
                layer = Math.max(layer, layer(referred, byName, layers, visiting) + 1);
            }
        }
        visiting.remove(key);
        layers.put(key, layer);
        return layer;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
