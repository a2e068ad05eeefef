package vn.cds.baocao.exchange.service.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * The report as an editable Word document (Apache POI): the agency's header, the numbered headings of the seed
 * reports ("1. Dịch vụ công trực tuyến") as real Word headings, real Word tables with repeated header rows, the
 * sentences under each table. The department adds its narrative sections around it.
 */
public final class DocxReportWriter {

    static final String FONT = "Times New Roman";
    static final int MAX_DATA_COLUMNS = 8;
    private static final int BODY_SIZE = 13;
    private static final int TABLE_SIZE = 10;
    private static final String HEADER_FILL = "DCE6F1";
    private static final String TOTAL_FILL = "F2F2F2";

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            headingStyle(doc, "Heading1", "heading 1", 0, 14);
            headingStyle(doc, "Heading2", "heading 2", 1, 13);
            header(doc, report);
            heading(doc, "Heading1", report.statisticsHeading());
            paragraph(doc, report.approvedLine(), false, true, ParagraphAlignment.BOTH);
            for (DocTable table : report.tables()) {
                heading(doc, "Heading2", table.title());
                List<List<Integer>> parts = table.parts(MAX_DATA_COLUMNS);
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0) {
                        paragraph(doc, ReportDocumentBuilder.text("exchange.document.continued", table.title()),
                                false, true, ParagraphAlignment.LEFT);
                    }
                    table(doc, table, parts.get(p));
                }
                notes(doc, table);
            }
            paragraph(doc, report.closing(), false, false, ParagraphAlignment.BOTH);
            doc.write(out);
        }
    }

    private static void header(XWPFDocument doc, ReportDocument report) {
        centered(doc, report.agency(), true, false, BODY_SIZE);
        centered(doc, report.office(), true, false, BODY_SIZE);
        centered(doc, "", false, false, BODY_SIZE);
        centered(doc, report.title(), true, false, 18);
        centered(doc, report.periodLabel(), true, false, 14);
        centered(doc, report.subtitle(), false, true, BODY_SIZE);
        centered(doc, report.number(), false, false, BODY_SIZE);
        centered(doc, report.dateLine(), false, false, BODY_SIZE);
        centered(doc, report.circulation(), true, false, BODY_SIZE);
        paragraph(doc, report.intro(), false, false, ParagraphAlignment.BOTH);
    }

    private static void table(XWPFDocument doc, DocTable table, List<Integer> columns) {
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

    private static void notes(XWPFDocument doc, DocTable table) {
        for (String note : table.totalNotes()) {
            paragraph(doc, note, false, true, ParagraphAlignment.LEFT);
        }
        if (!table.highlights().isEmpty()) {
            paragraph(doc, ReportDocumentBuilder.text("analytics.highlight.title"), true, false, ParagraphAlignment.LEFT);
            for (String highlight : table.highlights()) {
                paragraph(doc, "+ " + highlight, false, false, ParagraphAlignment.BOTH);
            }
        }
        if (!table.notApprovedUnits().isEmpty()) {
            paragraph(doc, ReportDocumentBuilder.text("exchange.document.notApproved",
                    String.join(", ", table.notApprovedUnits())), false, true, ParagraphAlignment.BOTH);
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

    private static void centered(XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, bold, italic, size);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, boolean italic,
                                  ParagraphAlignment align) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(align);
        paragraph.setSpacingBefore(60);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, bold, italic, BODY_SIZE);
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        run(paragraph, text, true, false, "Heading1".equals(style) ? 14 : BODY_SIZE);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** A Word heading style, so the headings appear in Word's navigation pane and table of contents. */
    private static void headingStyle(XWPFDocument doc, String id, String name, int level, int size) {
        XWPFStyles styles = doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        style.addNewRPr().addNewB();
        style.getRPr().addNewSz().setVal(BigInteger.valueOf(size * 2L));
        styles.addStyle(new XWPFStyle(style));
    }

    /** A4 portrait with the margins of administrative documents (top/bottom 2 cm, left 3 cm, right 1.5 cm). */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }
}
