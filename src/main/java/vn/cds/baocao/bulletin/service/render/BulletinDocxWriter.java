package vn.cds.baocao.bulletin.service.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Header;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Item;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Section;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Statistics;
import vn.cds.baocao.bulletin.service.render.BulletinContent.StatisticsBlock;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Block;
import vn.cds.baocao.bulletin.service.render.MarkdownText.ListBlock;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Paragraph;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Run;
import vn.cds.baocao.exchange.service.document.DocTable;
import vn.cds.baocao.exchange.service.document.DocxTables;

/**
 * The bulletin as a Word document its staff can keep editing (Apache POI), laid out as the seeds and as Nghị định
 * 30/2020/NĐ-CP (Phụ lục I) asks where it applies: A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, single
 * line spacing, 6 pt after a paragraph, a 1 cm first-line indent; the header as a borderless two-column table (agency
 * and office over "Số: …" on the left, "LƯU HÀNH NỘI BỘ" over the date line on the right); section headings as Word
 * "Heading 1" and item titles as "Heading 2" (the navigation pane lists them); the statistics tables through the
 * consolidated report's own table code; "Nơi nhận:" bold italic 12 pt, recipients 11 pt; page numbers centered at
 * the top from page 2.
 */
public final class BulletinDocxWriter {

    static final String FONT = DocxTables.FONT;
    static final int BODY_SIZE = 14;
    /** Margins in twips (1 mm = 56.7 twips): top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. */
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int SPACING_AFTER = 120;
    /** Text width: A4 210 mm less 45 mm of margins, in points. */
    private static final double TEXT_WIDTH_POINTS = (210 - 30 - 15) / 25.4 * 72;
    private static final double PIXEL_POINTS = 0.75;

    public void write(BulletinContent bulletin, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            styles(doc);
            pageNumbers(doc);
            header(doc, bulletin.header(), bulletin.correctionNote());
            boolean statisticsShown = false;
            for (Section section : bulletin.sections()) {
                if (section.statistics()) {
                    statistics(doc, section.heading(), bulletin.statistics());
                    statisticsShown = true;
                } else {
                    section(doc, section);
                }
            }
            if (!statisticsShown && bulletin.statistics() != null) {
                statistics(doc, bulletin.statistics().heading(), bulletin.statistics());
            }
            closing(doc, bulletin);
            doc.write(out);
        }
    }

    private static void header(XWPFDocument doc, Header header, String correctionNote) {
        XWPFTable masthead = doc.createTable(1, 2);
        masthead.removeBorders();
        masthead.setWidth("100%");
        XWPFTableCell left = masthead.getRow(0).getCell(0);
        XWPFTableCell right = masthead.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        cellLine(left.getParagraphs().getFirst(), upper(header.agency()), false, false, 13);
        cellLine(left.addParagraph(), upper(header.office()), true, false, 13);
        cellLine(left.addParagraph(), header.numberLine(), false, false, 13);
        cellLine(right.getParagraphs().getFirst(), header.circulation(), true, false, 13);
        cellLine(right.addParagraph(), header.dateLine(), false, true, BODY_SIZE);

        XWPFParagraph title = centered(doc, header.title(), true, false, BODY_SIZE);
        title.setSpacingBefore(360);
        centered(doc, header.periodLabel(), true, false, BODY_SIZE);
        centered(doc, header.subtitle(), false, true, BODY_SIZE).setSpacingAfter(240);
        if (present(correctionNote)) {
            centered(doc, correctionNote, false, true, 13).setSpacingAfter(240);
        }
        markdown(doc, header.openingMarkdown());
    }

    private static void section(XWPFDocument doc, Section section) throws IOException {
        heading(doc, "Heading1", upper(section.heading()));
        for (Item item : section.items()) {
            heading(doc, "Heading2", BulletinLabels.numbered(item.number(), item.title()));
            if (present(item.directiveLine())) {
                XWPFParagraph directive = body(doc);
                run(directive, item.directiveLine(), false, true, BODY_SIZE);
            }
            markdown(doc, item.bodyMarkdown());
            picture(doc, item.picture());
            if (present(item.source())) {
                XWPFParagraph source = doc.createParagraph();
                source.setAlignment(ParagraphAlignment.RIGHT);
                source.setSpacingAfter(SPACING_AFTER);
                run(source, item.source(), false, true, BODY_SIZE);
            }
        }
    }

    private static void picture(XWPFDocument doc, Picture picture) throws IOException {
        if (picture == null || picture.content() == null || picture.content().length == 0) {
            return;
        }
        PictureType type = switch (picture.mediaType()) {
            case "image/png" -> PictureType.PNG;
            case "image/jpeg" -> PictureType.JPEG;
            default -> null;
        };
        if (type == null) {
            return;
        }
        int width = picture.width();
        int height = picture.height();
        if (width <= 0 || height <= 0) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.content()));
            if (image == null) {
                return;
            }
            width = image.getWidth();
            height = image.getHeight();
        }
        double widthPoints = Math.min(width * PIXEL_POINTS, TEXT_WIDTH_POINTS);
        double heightPoints = widthPoints * height / width;
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        paragraph.setSpacingBefore(SPACING_AFTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(picture.content()), type,
                    "anh-" + picture.id() + (type == PictureType.PNG ? ".png" : ".jpg"),
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (InvalidFormatException e) {
            throw new IOException("Picture " + picture.id() + " cannot be put in the document", e);
        }
        if (present(picture.caption())) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.setSpacingAfter(SPACING_AFTER);
            run(caption, picture.caption(), false, true, 13);
        }
    }

    private static void statistics(XWPFDocument doc, String heading, Statistics statistics) {
        heading(doc, "Heading1", upper(present(heading) ? heading : statistics == null ? "" : statistics.heading()));
        if (statistics == null) {
            return;
        }
        if (present(statistics.approvedLine())) {
            run(body(doc), statistics.approvedLine(), false, true, BODY_SIZE);
        }
        if (present(statistics.notApprovedLine())) {
            run(body(doc), statistics.notApprovedLine(), false, true, BODY_SIZE);
        }
        for (StatisticsBlock block : statistics.blocks()) {
            heading(doc, "Heading2", block.title());
            block.paragraphs().forEach(paragraph -> markdown(doc, paragraph));
            DocTable table = block.table();
            if (table != null && !table.empty()) {
                List<List<Integer>> parts = table.parts(DocxTables.MAX_DATA_COLUMNS);
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0) {
                        XWPFParagraph continued = doc.createParagraph();
                        continued.setSpacingBefore(SPACING_AFTER);
                        run(continued, BulletinLabels.continued(block.title()), false, true, 13);
                    }
                    DocxTables.write(doc, table, parts.get(p));
                }
                for (String note : table.totalNotes()) {
                    run(body(doc), note, false, true, 13);
                }
            }
            if (!block.highlights().isEmpty()) {
                XWPFParagraph title = body(doc);
                title.setSpacingBefore(SPACING_AFTER);
                run(title, BulletinLabels.highlightsTitle(), false, false, BODY_SIZE);
                for (String highlight : block.highlights()) {
                    run(body(doc), "+ " + highlight, false, false, BODY_SIZE);
                }
            }
            if (table != null && !table.notApprovedUnits().isEmpty()) {
                run(body(doc), BulletinLabels.notApproved(table.notApprovedUnits()), false, true, 13);
            }
        }
    }

    private static void closing(XWPFDocument doc, BulletinContent bulletin) {
        if (present(bulletin.closing())) {
            XWPFParagraph closing = body(doc);
            closing.setSpacingBefore(240);
            run(closing, bulletin.closing(), false, false, BODY_SIZE);
        }
        if (!present(bulletin.recipientsMarkdown())) {
            return;
        }
        XWPFParagraph label = doc.createParagraph();
        label.setSpacingBefore(360);
        label.setSpacingAfter(0);
        label.setKeepNext(true);
        run(label, BulletinLabels.recipients(), true, true, 12);
        for (Block block : MarkdownText.blocks(bulletin.recipientsMarkdown())) {
            List<List<Run>> lines = switch (block) {
                case Paragraph paragraph -> List.of(paragraph.runs());
                case ListBlock list -> list.items().stream().map(item -> prefixed("- ", item)).toList();
            };
            for (List<Run> line : lines) {
                XWPFParagraph recipient = doc.createParagraph();
                recipient.setSpacingAfter(0);
                recipient.setKeepNext(true);
                runs(recipient, line, 11);
            }
        }
    }

    /** Markdown as Word paragraphs: justified, indented first line; lists as "- " / "1. " paragraphs. */
    private static void markdown(XWPFDocument doc, String markdown) {
        for (Block block : MarkdownText.blocks(markdown)) {
            switch (block) {
                case Paragraph paragraph -> runs(body(doc), paragraph.runs(), BODY_SIZE);
                case ListBlock list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        String marker = list.ordered() ? (list.start() + i) + ". " : "- ";
                        runs(body(doc), prefixed(marker, list.items().get(i)), BODY_SIZE);
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

    private static void runs(XWPFParagraph paragraph, List<Run> runs, int size) {
        for (Run piece : runs) {
            if (piece.lineBreak()) {
                XWPFRun lineBreak = paragraph.createRun();
                lineBreak.addBreak();
                continue;
            }
            XWPFRun run = piece.link() != null ? paragraph.createHyperlinkRun(piece.link()) : paragraph.createRun();
            style(run, piece.bold(), piece.italic(), size);
            if (piece.link() != null) {
                run.setColor("0563C1");
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
            run.setText(piece.text());
        }
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(SPACING_AFTER);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    private static XWPFParagraph centered(XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(60);
        if (present(text)) {
            run(paragraph, text, bold, italic, size);
        }
        return paragraph;
    }

    private static void cellLine(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        if (present(text)) {
            run(paragraph, text, bold, italic, size);
        }
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.setKeepNext(true);
        boolean section = "Heading1".equals(style);
        paragraph.setAlignment(section ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
        paragraph.setSpacingBefore(section ? 360 : 120);
        paragraph.setSpacingAfter(SPACING_AFTER);
        run(paragraph, text, true, false, BODY_SIZE);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        style(run, bold, italic, size);
        run.setText(text == null ? "" : text);
    }

    private static void style(XWPFRun run, boolean bold, boolean italic, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    /** Times New Roman by default, and the two heading styles Word's navigation pane lists. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(headingStyle("Heading1", "heading 1", 0, true));
        styles.addStyle(headingStyle("Heading2", "heading 2", 1, false));
    }

    private static XWPFStyle headingStyle(String id, String name, int level, boolean centered) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        if (centered) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewB();
        run.addNewColor().setVal("000000");
        run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        return new XWPFStyle(style);
    }

    /** The page number, centered at the top of every page but the first (NĐ 30). */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = other.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR number = field.addNewR();
        CTRPr properties = number.addNewRPr();
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        number.addNewT().setStringValue("2");
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(java.util.Locale.of("vi"));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
