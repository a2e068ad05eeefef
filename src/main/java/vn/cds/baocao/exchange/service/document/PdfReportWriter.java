package vn.cds.baocao.exchange.service.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * The report as PDF (OpenPDF). The DejaVu Sans fonts ship with the application ({@code fonts/}, with their licence)
 * and are embedded in the file, so Vietnamese renders the same on every machine, whatever fonts it has.
 */
public final class PdfReportWriter {

    static final int MAX_DATA_COLUMNS = DocxReportWriter.MAX_DATA_COLUMNS;
    private static final Color HEADER_FILL = new Color(0xDC, 0xE6, 0xF1);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GREEN = new Color(0x00, 0x70, 0x3C);
    private static final Color RED = new Color(0xC0, 0x00, 0x00);
    private static final Color GREY = new Color(0x7F, 0x7F, 0x7F);

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfReportWriter() {
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
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
                    document.add(table(table, parts.get(p)));
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

    private PdfPTable table(DocTable table, List<Integer> columns) throws DocumentException {
        PdfPTable grid = new PdfPTable(columns.size() + 2);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(6);
        grid.setSpacingAfter(6);
        float[] widths = new float[columns.size() + 2];
        widths[0] = 0.6f;
        widths[1] = 2.6f;
        for (int c = 0; c < columns.size(); c++) {
            widths[c + 2] = 1.3f;
        }
        grid.setWidths(widths);
        boolean grouped = table.grouped();
        grid.setHeaderRows(grouped ? 2 : 1);
        grid.addCell(header(ReportDocumentBuilder.text("analytics.column.number"), grouped ? 2 : 1, 1));
        grid.addCell(header(ReportDocumentBuilder.text("analytics.column.unit"), grouped ? 2 : 1, 1));
        if (grouped) {
            for (int c = 0; c < columns.size(); ) {
                DocColumn column = table.columns().get(columns.get(c));
                int span = 1;
                while (c + span < columns.size()
                        && table.columns().get(columns.get(c + span)).indicator() == column.indicator()) {
                    span++;
                }
                grid.addCell(header(column.group(), 1, span));
                c += span;
            }
        }
        for (Integer index : columns) {
            grid.addCell(header(table.columns().get(index).header(), 1, 1));
        }
        for (DocRow row : table.rows()) {
            grid.addCell(cell(row.number(), row.total(), Element.ALIGN_CENTER, null));
            grid.addCell(cell(row.unit(), row.total(), Element.ALIGN_LEFT, null));
            for (Integer index : columns) {
                DocCell cell = row.cells().get(index);
                boolean value = table.columns().get(index).kind() == DocTable.ColumnKind.VALUE;
                grid.addCell(cell(cell.text(), row.total(), value ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER,
                        color(cell.style())));
            }
        }
        return grid;
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

    private PdfPCell header(String text, int rowspan, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(bold, 7.5f)));
        cell.setRowspan(rowspan);
        cell.setColspan(colspan);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private PdfPCell cell(String text, boolean total, int align, Color color) {
        Font font = new Font(total ? bold : regular, 7.5f, Font.NORMAL, color == null ? Color.BLACK : color);
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        if (total) {
            cell.setBackgroundColor(TOTAL_FILL);
        }
        return cell;
    }

    private static Color color(CellStyle style) {
        return switch (style) {
            case MISSED, DOWN -> RED;
            case MET, UP -> GREEN;
            case NOT_APPROVED -> GREY;
            case NORMAL -> null;
        };
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

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " cannot be read", e);
        }
    }
}
