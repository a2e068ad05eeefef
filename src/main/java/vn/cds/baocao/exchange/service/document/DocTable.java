package vn.cds.baocao.exchange.service.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One statistics table of the consolidated report, laid out once for the three writers so DOCX, XLSX and PDF show
 * the same texts: a column per figure, verdict and change of each indicator (as on the dashboard), body rows, the
 * TỔNG rows, the highlight sentences and the units not approved yet.
 *
 * @param totalNotes "TỔNG … tính trên 32/33 đơn vị có số liệu" for totals that miss figures
 */
public record DocTable(int number, String code, String title, List<DocColumn> columns, List<DocRow> rows,
                       List<String> highlights, List<String> notApprovedUnits, List<String> totalNotes,
                       boolean empty) {

    public enum ColumnKind { VALUE, VERDICT, CHANGE }

    /** What a cell looks like: plain, "chưa duyệt", Đạt / Không đạt, Tăng / Giảm. */
    public enum CellStyle { NORMAL, NOT_APPROVED, MET, MISSED, UP, DOWN }

    /**
     * @param indicator index of the indicator among the table's indicators (columns of one indicator are adjacent)
     * @param group     the indicator's header, above its columns
     * @param header    the column's own header ("Kết quả", "So với chỉ tiêu (≥ 80%)", "So với Tháng 6/2024"); for an
     *                  indicator with a single column, its header
     */
    public record DocColumn(int indicator, ColumnKind kind, String group, String header, boolean percent) {
    }

    /**
     * @param number the row's number ("1"), empty on total rows
     */
    public record DocRow(String number, String unit, boolean total, List<DocCell> cells) {
    }

    /**
     * @param text   the cell as the dashboard shows it
     * @param number the figure behind {@code text} for spreadsheet cells; null for texts
     * @param decimals decimals of the figure's display (percentages: 2, a DVC TỔNG: 0)
     */
    public record DocCell(String text, BigDecimal number, int decimals, CellStyle style) {

        static DocCell text(String text, CellStyle style) {
            return new DocCell(text, null, 0, style);
        }
    }

    /** True when some indicator shows more than its figure (a verdict or a change column). */
    public boolean grouped() {
        return columns.stream().anyMatch(c -> c.kind() != ColumnKind.VALUE);
    }

    /**
     * The table cut into parts of at most {@code maxColumns} columns, never splitting an indicator's columns: a
     * wide table (the payments table has 12 indicators) prints as several tables on a portrait page, each with the
     * number and unit columns.
     */
    public List<List<Integer>> parts(int maxColumns) {
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int start = 0;
        while (start < columns.size()) {
            int end = start;
            while (end < columns.size() && columns.get(end).indicator() == columns.get(start).indicator()) {
                end++;
            }
            if (!current.isEmpty() && current.size() + (end - start) > maxColumns) {
                parts.add(current);
                current = new ArrayList<>();
            }
            for (int c = start; c < end; c++) {
                current.add(c);
            }
            start = end;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
