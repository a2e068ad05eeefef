package vn.cds.baocao.bulletin.service.render;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Anchor;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Header;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Item;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Section;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Statistics;
import vn.cds.baocao.bulletin.service.render.BulletinContent.StatisticsBlock;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Block;
import vn.cds.baocao.bulletin.service.render.MarkdownText.ListBlock;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Run;
import vn.cds.baocao.exchange.service.document.DocTable;
import vn.cds.baocao.exchange.service.document.DocxTables;
import vn.cds.baocao.exchange.service.document.PdfFonts;
import vn.cds.baocao.exchange.service.document.PdfTables;

/**
 * The bulletin as PDF (OpenPDF), the same content and layout as {@link BulletinDocxWriter}. Liberation Serif (metric
 * compatible with Times New Roman, SIL Open Font License, {@code fonts/LiberationSerif-LICENSE.txt}) ships with the
 * application and is embedded in the file, so Vietnamese prints the same on every machine.
 */
public final class BulletinPdfWriter {

    private static final float MM = 72 / 25.4f;
    private static final float BODY = 14;
    private static final float FIRST_LINE_INDENT = 10 * MM;
    private static final float SPACING_AFTER = 6;
    private static final Color LINK = new Color(0x05, 0x63, 0xC1);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;
    private final PdfTables tables;

    public BulletinPdfWriter() {
        this.regular = PdfFonts.embedded("fonts/LiberationSerif-Regular.ttf");
        this.bold = PdfFonts.embedded("fonts/LiberationSerif-Bold.ttf");
        this.italic = PdfFonts.embedded("fonts/LiberationSerif-Italic.ttf");
        this.boldItalic = PdfFonts.embedded("fonts/LiberationSerif-BoldItalic.ttf");
        this.tables = new PdfTables(regular, bold, 8.5f);
    }

    public void write(BulletinContent bulletin, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            Header header = bulletin.header();
            document.addTitle(header.title() + " " + header.periodLabel());
            document.addSubject(header.numberLine());
            document.addCreator("CĐS Báo cáo");
            document.open();
            header(document, header, bulletin.correctionNote());
            boolean statisticsShown = false;
            for (Section section : bulletin.sections()) {
                if (section.statistics()) {
                    statistics(document, section.heading(), bulletin.statistics());
                    statisticsShown = true;
                } else {
                    section(document, section);
                }
            }
            if (!statisticsShown && bulletin.statistics() != null) {
                statistics(document, bulletin.statistics().heading(), bulletin.statistics());
            }
            closing(document, bulletin);
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private void header(Document document, Header header, String correctionNote) throws DocumentException {
        PdfPTable masthead = new PdfPTable(2);
        masthead.setWidthPercentage(100);
        PdfPCell left = borderless();
        left.addElement(centered(upper(header.agency()), font(false, false, 13)));
        left.addElement(centered(upper(header.office()), font(true, false, 13)));
        left.addElement(centered(header.numberLine(), font(false, false, 13)));
        PdfPCell right = borderless();
        right.addElement(centered(header.circulation(), font(true, false, 13)));
        right.addElement(centered(header.dateLine(), font(false, true, BODY)));
        masthead.addCell(left);
        masthead.addCell(right);
        document.add(masthead);
        Paragraph title = centered(header.title(), font(true, false, BODY));
        title.setSpacingBefore(18);
        document.add(title);
        document.add(centered(header.periodLabel(), font(true, false, BODY)));
        Paragraph subtitle = centered(header.subtitle(), font(false, true, BODY));
        subtitle.setSpacingAfter(12);
        document.add(subtitle);
        if (present(correctionNote)) {
            Paragraph correction = centered(correctionNote, font(false, true, 13));
            correction.setSpacingAfter(12);
            document.add(correction);
        }
        markdown(document, header.openingMarkdown());
    }

    private void section(Document document, Section section) throws DocumentException, IOException {
        document.add(sectionHeading(upper(section.heading())));
        for (Item item : section.items()) {
            document.add(itemHeading(BulletinLabels.numbered(item.number(), item.title())));
            if (present(item.directiveLine())) {
                document.add(body(List.of(new Run(item.directiveLine(), false, true, null)), BODY));
            }
            markdown(document, item.bodyMarkdown());
            picture(document, item.picture());
            if (present(item.source())) {
                Paragraph source = new Paragraph(item.source(), font(false, true, BODY));
                source.setAlignment(Element.ALIGN_RIGHT);
                source.setSpacingAfter(SPACING_AFTER);
                document.add(source);
            }
        }
    }

    private void picture(Document document, Picture picture) throws DocumentException, IOException {
        if (picture == null || picture.content() == null || picture.content().length == 0
                || !BulletinHtml.PICTURE_TYPES.contains(picture.mediaType())) {
            return;
        }
        Image image = Image.getInstance(picture.content());
        float width = document.right() - document.left();
        float naturalWidth = picture.width() > 0 ? picture.width() * 0.75f : image.getWidth();
        float naturalHeight = picture.height() > 0 ? picture.height() * 0.75f : image.getHeight();
        image.scaleAbsolute(Math.min(naturalWidth, width), Math.min(naturalWidth, width) * naturalHeight / naturalWidth);
        image.setAlignment(Image.ALIGN_CENTER);
        image.setSpacingBefore(SPACING_AFTER);
        image.setAlt(present(picture.caption()) ? picture.caption() : "");
        document.add(image);
        if (present(picture.caption())) {
            Paragraph caption = centered(picture.caption(), font(false, true, 13));
            caption.setSpacingAfter(SPACING_AFTER);
            document.add(caption);
        }
    }

    private void statistics(Document document, String heading, Statistics statistics) throws DocumentException {
        document.add(sectionHeading(upper(present(heading) ? heading
                : statistics == null ? "" : statistics.heading())));
        if (statistics == null) {
            return;
        }
        if (present(statistics.approvedLine())) {
            document.add(body(List.of(new Run(statistics.approvedLine(), false, true, null)), BODY));
        }
        if (present(statistics.notApprovedLine())) {
            document.add(body(List.of(new Run(statistics.notApprovedLine(), false, true, null)), BODY));
        }
        for (StatisticsBlock block : statistics.blocks()) {
            document.add(itemHeading(block.title()));
            for (String paragraph : block.paragraphs()) {
                markdown(document, paragraph);
            }
            DocTable table = block.table();
            if (table != null && !table.empty()) {
                List<List<Integer>> parts = table.parts(DocxTables.MAX_DATA_COLUMNS);
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0) {
                        document.add(new Paragraph(BulletinLabels.continued(block.title()), font(false, true, 12)));
                    }
                    PdfPTable grid = tables.table(table, parts.get(p));
                    document.add(grid);
                }
                for (String note : table.totalNotes()) {
                    document.add(note(note));
                }
            }
            if (!block.highlights().isEmpty()) {
                Paragraph title = body(List.of(new Run(BulletinLabels.highlightsTitle(), false, false, null)), BODY);
                title.setSpacingBefore(SPACING_AFTER);
                document.add(title);
                for (String highlight : block.highlights()) {
                    document.add(body(List.of(new Run("+ " + highlight, false, false, null)), BODY));
                }
            }
            if (table != null && !table.notApprovedUnits().isEmpty()) {
                document.add(note(BulletinLabels.notApproved(table.notApprovedUnits())));
            }
        }
    }

    private void closing(Document document, BulletinContent bulletin) throws DocumentException {
        if (present(bulletin.closing())) {
            Paragraph closing = body(List.of(new Run(bulletin.closing(), false, false, null)), BODY);
            closing.setSpacingBefore(12);
            document.add(closing);
        }
        if (!present(bulletin.recipientsMarkdown())) {
            return;
        }
        Paragraph recipients = new Paragraph(12, "", font(false, false, 11));
        recipients.setSpacingBefore(18);

        recipients.add(new Chunk(BulletinLabels.recipients(), font(true, true, 12)));
        for (Block block : MarkdownText.blocks(bulletin.recipientsMarkdown())) {
            List<List<Run>> lines = switch (block) {
                case MarkdownText.Paragraph paragraph -> List.of(paragraph.runs());
                case ListBlock list -> list.items().stream().map(item -> prefixed("- ", item)).toList();
            };
            for (List<Run> line : lines) {
                recipients.add(new Chunk("\n", font(false, false, 11)));
                addRuns(recipients, line, 11);
            }
        }
        document.add(recipients);
    }

    private void markdown(Document document, String markdown) throws DocumentException {
        for (Block block : MarkdownText.blocks(markdown)) {
            switch (block) {
                case MarkdownText.Paragraph paragraph -> document.add(body(paragraph.runs(), BODY));
                case ListBlock list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        String marker = list.ordered() ? (list.start() + i) + ". " : "- ";
                        document.add(body(prefixed(marker, list.items().get(i)), BODY));
                    }
                }
            }
        }
    }

    private static List<Run> prefixed(String marker, List<Run> runs) {
        List<Run> result = new java.util.ArrayList<>();
        result.add(new Run(marker, false, false, null));
        result.addAll(runs);
        return result;
    }

    private Paragraph body(List<Run> runs, float size) {
        Paragraph paragraph = new Paragraph("", font(false, false, size));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setLeading(0, 1.2f);
        paragraph.setSpacingAfter(SPACING_AFTER);
        addRuns(paragraph, runs, size);
        return paragraph;
    }

    private void addRuns(Paragraph paragraph, List<Run> runs, float size) {
        for (Run run : runs) {
            if (run.lineBreak()) {
                paragraph.add(new Chunk("\n", font(false, false, size)));
            } else if (run.link() != null) {
                Font font = font(run.bold(), run.italic(), size);
                font.setColor(LINK);
                font.setStyle(Font.UNDERLINE);
                Anchor anchor = new Anchor(run.text(), font);
                anchor.setReference(run.link());
                paragraph.add(anchor);
            } else {
                paragraph.add(new Chunk(run.text(), font(run.bold(), run.italic(), size)));
            }
        }
    }

    private Paragraph sectionHeading(String text) {
        Paragraph heading = centered(text, font(true, false, BODY));
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(SPACING_AFTER);

        return heading;
    }

    private Paragraph itemHeading(String text) {
        Paragraph heading = new Paragraph(text, font(true, false, BODY));
        heading.setAlignment(Element.ALIGN_JUSTIFIED);
        heading.setSpacingBefore(6);
        heading.setSpacingAfter(SPACING_AFTER);

        return heading;
    }

    private Paragraph note(String text) {
        Font font = font(false, true, 12);
        font.setColor(GREY);
        Paragraph note = new Paragraph(text, font);
        note.setSpacingAfter(SPACING_AFTER);
        return note;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private PdfPCell borderless() {
        PdfPCell cell = new PdfPCell(new Phrase("", font(false, false, 13)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private Font font(boolean isBold, boolean isItalic, float size) {
        BaseFont base = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        return new Font(base, size, Font.NORMAL, Color.BLACK);
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.of("vi"));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The page number, centered at the top of every page but the first (NĐ 30). */
    private final class PageNumbers extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), font(false, false, 13)),
                        (document.left() + document.right()) / 2, document.top() + 10 * MM, 0);
            }
        }
    }
}
