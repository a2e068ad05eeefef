package vn.cds.baocao.exchange.service.document;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * A statistics table as a PDF table, shared by the consolidated report ({@link PdfReportWriter}) and the bulletin's
 * PDF: each gives its own embedded fonts and cell font size.
 */
public final class PdfTables {

    private static final Color HEADER_FILL = new Color(0xDC, 0xE6, 0xF1);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GREEN = new Color(0x00, 0x70, 0x3C);
    private static final Color RED = new Color(0xC0, 0x00, 0x00);
    private static final Color GREY = new Color(0x7F, 0x7F, 0x7F);

    private final BaseFont regular;
    private final BaseFont bold;
    private final float size;

    public PdfTables(BaseFont regular, BaseFont bold, float size) {
        this.regular = regular;
        this.bold = bold;
        this.size = size;
    }

    /**
     * The table's columns {@code columns} (one part of {@link DocTable#parts(int)}) as a PDF table: STT and Đơn vị
     * columns, an indicator's header spanning its columns, repeated header rows, TỔNG rows bold on grey.
     */
    public PdfPTable table(DocTable table, List<Integer> columns) throws DocumentException {
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

    private PdfPCell header(String text, int rowspan, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(bold, size)));
        cell.setRowspan(rowspan);
        cell.setColspan(colspan);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private PdfPCell cell(String text, boolean total, int align, Color color) {
        Font font = new Font(total ? bold : regular, size, Font.NORMAL, color == null ? Color.BLACK : color);
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
}
