package vn.cds.baocao.exchange.service.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as an editable Word document (Apache POI): the agency's header, the numbered headings of the seed
 * reports ("1. Dịch vụ công trực tuyến") as real Word headings, real Word tables with repeated header rows, the
 * sentences under each table. The department adds its narrative sections around it.
 */
public final class DocxReportWriter {

    static final String FONT = DocxTables.FONT;
    static final int MAX_DATA_COLUMNS = DocxTables.MAX_DATA_COLUMNS;
    private static final int BODY_SIZE = 13;

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
                    DocxTables.write(doc, table, parts.get(p));
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
