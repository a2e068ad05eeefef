package vn.cds.baocao.analytics.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cds.baocao.analytics.service.SectionTable.Row;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.analytics.service.SectionTable.TotalRow;
import vn.cds.baocao.base.i18n.Messages;

/** A "Bảng số liệu" table as CSV rows: STT, unit, then per indicator its figure, verdict and change. */
final class TableCsv {

    private TableCsv() {
    }

    static List<String> header(SectionTable table, Locale locale) {
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "analytics.column.number"),
                Messages.get(locale, "analytics.column.unit")));
        for (ColumnSpec column : table.columns()) {
            header.add(column.header());
            if (column.targetText() != null) {
                header.add(column.header() + " - " + CellText.verdictHeader(column, locale));
            }
            if (column.comparedWith() != null) {
                header.add(column.header() + " - " + CellText.changeHeader(column, locale));
            }
        }
        return header;
    }

    static List<List<String>> rows(SectionTable table, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(String.valueOf(number++), row.unit().shortName()));
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnSpec column = table.columns().get(c);
                Cell cell = row.cells().get(c);
                line.add(CellText.value(column, cell, locale));
                if (column.targetText() != null) {
                    line.add(CellText.verdict(cell.verdict(), locale));
                }
                if (column.comparedWith() != null) {
                    line.add(CellText.change(cell, locale));
                }
            }
            rows.add(line);
        }
        for (TotalRow total : table.totals()) {
            List<String> line = new ArrayList<>(List.of("", total.label()));
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnSpec column = table.columns().get(c);
                TotalCell cell = total.cells().get(c);
                String coverage = CellText.totalCoverage(cell, locale);
                line.add(CellText.total(column, cell) + (coverage.isEmpty() ? "" : " " + coverage));
                if (column.targetText() != null) {
                    line.add(cell == null ? "" : CellText.verdict(cell.verdict(), locale));
                }
                if (column.comparedWith() != null) {
                    line.add("");
                }
            }
            rows.add(line);
        }
        return rows;
    }
}
