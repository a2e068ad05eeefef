package vn.cds.baocao.exchange.service.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * A statistics table as a real Word table, shared by the consolidated report ({@link DocxReportWriter}) and the
 * bulletin's DOCX, so both print the same grid.
 */
public final class DocxTables {

    public static final String FONT = "Times New Roman";
    /** Data columns of one printed part on a portrait page (besides STT and Đơn vị). */
    public static final int MAX_DATA_COLUMNS = 8;
    private static final int TABLE_SIZE = 10;
    private static final String HEADER_FILL = "DCE6F1";
    private static final String TOTAL_FILL = "F2F2F2";

    private DocxTables() {
    }

    /**
     * Writes the table's columns {@code columns} (indices into {@link DocTable#columns()}, one part of
     * {@link DocTable#parts(int)}) as a Word table: STT and Đơn vị columns, an indicator's header spanning its
     * columns, repeated header rows, TỔNG rows bold on grey, verdicts and changes in colour.
     */
    public static void write(XWPFDocument doc, DocTable table, List<Integer> columns) {
        boolean grouped = table.grouped();
        int headerRows = grouped ? 2 : 1;
        int width = columns.size() + 2;
        XWPFTable grid = doc.createTable(headerRows + table.rows().size(), width);
        grid.setWidth("100%");
        grid.setTableAlignment(TableRowAlign.CENTER);
        for (int r = 0; r < headerRows; r++) {
            grid.getRow(r).setRepeatHeader(true);
        }
        XWPFTableRow top = grid.getRow(0);
        headerCell(top.getCell(0), ReportDocumentBuilder.text("analytics.column.number"));
        headerCell(top.getCell(1), ReportDocumentBuilder.text("analytics.column.unit"));
        if (grouped) {
            XWPFTableRow sub = grid.getRow(1);
            vMerge(top.getCell(0), STMerge.RESTART);
            vMerge(top.getCell(1), STMerge.RESTART);
            vMerge(sub.getCell(0), STMerge.CONTINUE);
            vMerge(sub.getCell(1), STMerge.CONTINUE);
            headerCell(sub.getCell(0), "");
            headerCell(sub.getCell(1), "");
            List<int[]> spans = new java.util.ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                DocColumn column = table.columns().get(columns.get(c));
                headerCell(sub.getCell(c + 2), column.header());
                boolean first = c == 0 || table.columns().get(columns.get(c - 1)).indicator() != column.indicator();
                if (first) {
                    headerCell(top.getCell(c + 2), column.group());
                    spans.add(new int[] {c + 2, 1});
                } else {
                    spans.getLast()[1]++;
                }
            }
            // an indicator's header spans its columns: one cell with a grid span, from the right so indices hold
            for (int i = spans.size() - 1; i >= 0; i--) {
                int[] span = spans.get(i);
                if (span[1] > 1) {
                    for (int k = span[0] + span[1] - 1; k > span[0]; k--) {
                        top.removeCell(k);
                    }
                    CTTcPr properties = top.getCell(span[0]).getCTTc().isSetTcPr()
                            ? top.getCell(span[0]).getCTTc().getTcPr() : top.getCell(span[0]).getCTTc().addNewTcPr();
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span[1]));
                }
            }
        } else {
            for (int c = 0; c < columns.size(); c++) {
                headerCell(top.getCell(c + 2), table.columns().get(columns.get(c)).header());
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            DocRow row = table.rows().get(r);
            XWPFTableRow line = grid.getRow(headerRows + r);
            line.setCantSplitRow(true);
            text(line.getCell(0), row.number(), row.total(), false, ParagraphAlignment.CENTER, null);
            text(line.getCell(1), row.unit(), row.total(), false, ParagraphAlignment.LEFT, null);
            for (int c = 0; c < columns.size(); c++) {
                DocColumn column = table.columns().get(columns.get(c));
                DocCell cell = row.cells().get(columns.get(c));
                ParagraphAlignment align = column.kind() == DocTable.ColumnKind.VALUE
                        ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER;
                text(line.getCell(c + 2), cell.text(), row.total(), cell.style() == CellStyle.NOT_APPROVED, align,
                        color(cell.style()));
            }
            if (row.total()) {
                line.getTableCells().forEach(cell -> cell.setColor(TOTAL_FILL));
            }
        }
    }

    private static void headerCell(XWPFTableCell cell, String text) {
        cell.setColor(HEADER_FILL);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        text(cell, text, true, false, ParagraphAlignment.CENTER, null);
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, boolean italic, ParagraphAlignment align,
                             String color) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(align);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(TABLE_SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        if (color != null) {
            run.setColor(color);
        }
        run.setText(text == null ? "" : text);
    }

    private static String color(CellStyle style) {
        return switch (style) {
            case MISSED, DOWN -> "C00000";
            case MET, UP -> "00703C";
            case NOT_APPROVED -> "7F7F7F";
            case NORMAL -> null;
        };
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(value);
    }
}
