package vn.cds.baocao.exchange.service.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as PDF (OpenPDF). The DejaVu Sans fonts ship with the application ({@code fonts/}, with their licence)
 * and are embedded in the file, so Vietnamese renders the same on every machine, whatever fonts it has.
 */
public final class PdfReportWriter {

    static final int MAX_DATA_COLUMNS = DocxTables.MAX_DATA_COLUMNS;
    private static final Color GREY = new Color(0x7F, 0x7F, 0x7F);

    private final BaseFont regular;
    private final BaseFont bold;
    private final PdfTables tables;

    public PdfReportWriter() {
        this.regular = PdfFonts.embedded("fonts/DejaVuSans.ttf");
        this.bold = PdfFonts.embedded("fonts/DejaVuSans-Bold.ttf");
        this.tables = new PdfTables(regular, bold, 7.5f);
    }

    public void write(ReportDocument report, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 56, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title() + " " + report.periodLabel());
            document.addCreator("CĐS Báo cáo");
            document.open();
            header(document, report);
            document.add(heading(report.statisticsHeading(), 12));
            document.add(paragraph(report.approvedLine(), 10, false, GREY));
            for (DocTable table : report.tables()) {
                document.add(heading(table.title(), 11));
                List<List<Integer>> parts = table.parts(MAX_DATA_COLUMNS);
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0) {
                        document.add(paragraph(ReportDocumentBuilder.text("exchange.document.continued",
                                table.title()), 9, false, GREY));
                    }
                    document.add(tables.table(table, parts.get(p)));
                }
                notes(document, table);
            }
            Paragraph closing = paragraph(report.closing(), 11, false, null);
            closing.setSpacingBefore(12);
            document.add(closing);
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private void header(Document document, ReportDocument report) throws DocumentException {
        document.add(centered(report.agency(), 11, true));
        document.add(centered(report.office(), 11, true));
        Paragraph title = centered(report.title(), 16, true);
        title.setSpacingBefore(16);
        document.add(title);
        document.add(centered(report.periodLabel(), 13, true));
        document.add(centered(report.subtitle(), 10, false));
        document.add(centered(report.number(), 10, false));
        document.add(centered(report.dateLine(), 10, false));
        document.add(centered(report.circulation(), 10, true));
        Paragraph intro = paragraph(report.intro(), 11, false, null);
        intro.setSpacingBefore(12);
        document.add(intro);
    }

    private void notes(Document document, DocTable table) throws DocumentException {
        for (String note : table.totalNotes()) {
            document.add(paragraph(note, 9, false, GREY));
        }
        if (!table.highlights().isEmpty()) {
            document.add(paragraph(ReportDocumentBuilder.text("analytics.highlight.title"), 10, true, null));
            for (String highlight : table.highlights()) {
                document.add(paragraph("+ " + highlight, 10, false, null));
            }
        }
        if (!table.notApprovedUnits().isEmpty()) {
            document.add(paragraph(ReportDocumentBuilder.text("exchange.document.notApproved",
                    String.join(", ", table.notApprovedUnits())), 10, false, GREY));
        }
    }

    private Paragraph centered(String text, float size, boolean isBold) {
        Paragraph paragraph = new Paragraph(text, new Font(isBold ? bold : regular, size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private Paragraph heading(String text, float size) {
        Paragraph paragraph = new Paragraph(text, new Font(bold, size));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private Paragraph paragraph(String text, float size, boolean isBold, Color color) {
        Paragraph paragraph = new Paragraph(text, new Font(isBold ? bold : regular, size, Font.NORMAL,
                color == null ? Color.BLACK : color));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

}
