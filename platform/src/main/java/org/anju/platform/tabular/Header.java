package org.anju.platform.tabular;

import org.anju.platform.text.Identifiers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each column is in a file, from its header row: a column is recognised by its key, its
 * Chinese or its English header, whatever the case, the width of its characters and a required
 * marker ({@code *}, {@code （必填）}). Unknown headers are ignored; a missing required column makes
 * the file unreadable with a message naming it.
 */
public final class Header {

    private static final Pattern MARKERS = Pattern.compile("[*＊]|[（(](必填|required)[)）]", Pattern.CASE_INSENSITIVE);

    private final Map<String, Integer> positions;

    private Header(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /** Locates {@code columns} in the header row; every required one must be there. */
    public static Header locate(SheetRow header, List<Column> columns) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : columns) {
            column.names().forEach(name -> byName.put(comparable(name), column));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Cells.text(header.cell(i));
            Column column = text == null ? null : byName.get(comparable(text));
            if (column != null) {
                positions.putIfAbsent(column.key(), i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column.key())) {
                missing.add(column.zh() + " (" + column.en() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFile("file.header-missing", String.join(", ", missing));
        }
        return new Header(positions);
    }

    /** The cell of {@code column} in {@code row}; blank when the file has no such column. */
    public Cell cell(SheetRow row, Column column) {
        Integer position = positions.get(column.key());
        return position == null ? Cell.BLANK : row.cell(position);
    }

    public boolean has(Column column) {
        return positions.containsKey(column.key());
    }

    private static String comparable(String header) {
        return MARKERS.matcher(Identifiers.normalise(header)).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }
}
