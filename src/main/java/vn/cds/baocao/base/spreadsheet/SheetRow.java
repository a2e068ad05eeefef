package vn.cds.baocao.base.spreadsheet;

import java.util.Map;
import java.util.TreeMap;

/** One row of an uploaded sheet: its cells by column (0-based), blank cells left out. */
public final class SheetRow {

    private final int index;
    private final TreeMap<Integer, SheetCell> cells = new TreeMap<>();

    SheetRow(int index) {
        this.index = index;
    }

    /** 0-based, as POI numbers rows (Excel shows index + 1). */
    public int index() {
        return index;
    }

    /** The cell in that column, or null when it is blank. */
    public SheetCell cell(int column) {
        return cells.get(column);
    }

    public Map<Integer, SheetCell> cells() {
        return cells;
    }

    void put(int column, SheetCell cell) {
        cells.put(column, cell);
    }

    /** True when no cell holds anything, column {@code ignored} apart (−1 for none). */
    public boolean isBlankExcept(int ignored) {
        return cells.entrySet().stream().allMatch(e -> e.getKey() == ignored || e.getValue().isEmpty());
    }
}
