package vn.cds.baocao.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cds.baocao.bulletin.BulletinSamples;
import vn.cds.baocao.bulletin.service.render.BulletinDocxWriter;
import vn.cds.baocao.bulletin.service.render.BulletinFiles;
import vn.cds.baocao.bulletin.service.render.BulletinPdfWriter;

class BulletinDocumentsTest {

    @Test
    void docxHasTheSeedsSectionsAsWordHeadingsInOrder() throws IOException {
        try (XWPFDocument doc = docx()) {
            List<String> sections = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(sections).containsExactly(BulletinSamples.SHARING, BulletinSamples.ACTIVITIES,
                    BulletinSamples.DIRECTIVES, BulletinSamples.STATISTICS);
            List<String> items = doc.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(items).startsWith("1. " + BulletinSamples.FIRST_ARTICLE).contains(BulletinSamples.DVC_TABLE);
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .as("the navigation pane lists it").hasToString("0");
        }
    }

    @Test
    void docxHeaderBlockNumberAndDateLines() throws IOException {
        try (XWPFDocument doc = docx()) {
            IBodyElement first = doc.getBodyElements().getFirst();
            assertThat(first).isInstanceOf(XWPFTable.class);
            XWPFTable masthead = (XWPFTable) first;
            assertThat(masthead.getTopBorderType()).isNull();
            XWPFTableRow row = masthead.getRow(0);
            assertThat(row.getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly(BulletinSamples.AGENCY, BulletinSamples.OFFICE, BulletinSamples.NUMBER_LINE);
            assertThat(row.getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("LƯU HÀNH NỘI BỘ", BulletinSamples.DATE_LINE);
            XWPFRun date = row.getCell(1).getParagraphs().get(1).getRuns().getFirst();
            assertThat(date.isItalic()).isTrue();
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("BÁO CÁO CHUYÊN ĐỀ")).findFirst().orElseThrow();
            assertThat(title.getRuns().getFirst().isBold()).isTrue();
            assertThat(title.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(text(doc)).contains("Tháng 3/2024", "Tài liệu tham khảo phục vụ Ban Chỉ đạo");
        }
    }

    @Test
    void docxStatisticsTableHasItsTotalRow() throws IOException {
        try (XWPFDocument doc = docx()) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable dvc = tables.get(1);
            XWPFTableRow total = dvc.getRows().getLast();
            assertThat(total.getCell(1).getText()).isEqualTo("TỔNG");
            assertThat(total.getCell(2).getText()).isEqualTo(BulletinSamples.DVC_TOTAL);
            assertThat(total.getCell(2).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(text(doc)).contains("Từ bảng trên cho thấy:", "+ Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
                    "Đơn vị chưa được phê duyệt báo cáo: Sở Y tế.");
        }
    }

    @Test
    void docxBodiesKeepTheirFormattingPictureAndLinks() throws IOException {
        try (XWPFDocument doc = docx()) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().getFirst().getData()).isEqualTo(
                    BulletinSamples.march2024().sections().getFirst().items().getFirst().picture().content());
            XWPFRun bold = runs(doc).stream().filter(r -> "Nghị quyết số 35/2023/UBTVQH15".equals(r.text()))
                    .findFirst().orElseThrow();
            assertThat(bold.isBold()).isTrue();
            XWPFRun italic = runs(doc).stream().filter(r -> "hơn 01 triệu".equals(r.text())).findFirst()
                    .orElseThrow();
            assertThat(italic.isItalic()).isTrue();
            assertThat(text(doc)).contains("- Bình Phước hoàn thành việc số hóa", BulletinSamples.PICTURE_CAPTION,
                    "Nguồn: Đài PT-TH&BBP", BulletinSamples.CLOSING, "Nơi nhận:", "- Lưu: VT, CĐS.");
            XWPFHyperlinkRun link = runs(doc).stream().filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast).findFirst().orElseThrow();
            assertThat(link.getHyperlink(doc).getURL()).isEqualTo("https://cds.binhphuoc.gov.vn");
            XWPFParagraph recipientsLabel = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Nơi nhận:")).findFirst().orElseThrow();
            XWPFRun label = recipientsLabel.getRuns().getFirst();
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
            XWPFParagraph recipient = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("- Lưu: VT, CĐS.")).findFirst().orElseThrow();
            assertThat(recipient.getRuns().getLast().getFontSizeAsDouble()).isEqualTo(11.0);
        }
    }

    @Test
    void docxPageFontsAndSpacingFollowNghiDinh30() throws IOException {
        try (XWPFDocument doc = docx()) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            CTPageMar margins = section.getPgMar();
            assertThat(((Number) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((Number) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(twipsInMm(margins.getTop())).isBetween(20.0, 25.0);
            assertThat(twipsInMm(margins.getBottom())).isBetween(20.0, 25.0);
            assertThat(twipsInMm(margins.getLeft())).isBetween(30.0, 35.0);
            assertThat(twipsInMm(margins.getRight())).isBetween(15.0, 20.0);
            assertThat(section.isSetTitlePg()).as("no page number on page 1").isTrue();
            assertThat(doc.getHeaderList()).anySatisfy(header ->
                    assertThat(header.getParagraphs().getFirst().getCTP().getFldSimpleList())
                            .anySatisfy(field -> assertThat(field.getInstr()).contains("PAGE")));
            List<XWPFRun> runs = runs(doc);
            assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily())
                    .isEqualTo("Times New Roman"));
            XWPFParagraph opening = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Sở Thông tin và Truyền thông (TT&TT)")).findFirst()
                    .orElseThrow();
            assertThat(opening.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(opening.getIndentationFirstLine()).isBetween(567, 720);
            assertThat(opening.getSpacingAfter()).isGreaterThanOrEqualTo(120);
        }
    }

    @Test
    void pdfHasTheSameContentWithEmbeddedFonts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BulletinPdfWriter().write(BulletinSamples.march2024(), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            String text = all.toString().replaceAll("\\s+", " ");
            assertThat(text).contains(BulletinSamples.NUMBER_LINE, BulletinSamples.DATE_LINE, "LƯU HÀNH NỘI BỘ",
                    "BÁO CÁO CHUYÊN ĐỀ", "TỔNG", BulletinSamples.DVC_TOTAL, "Nơi nhận:", BulletinSamples.CLOSING,
                    "Nghị quyết số 35/2023/UBTVQH15");
            List<String> order = List.of(BulletinSamples.SHARING, BulletinSamples.ACTIVITIES,
                    BulletinSamples.DIRECTIVES, BulletinSamples.STATISTICS);
            List<Integer> positions = new ArrayList<>();
            for (String heading : order) {
                positions.add(text.indexOf(heading));
            }
            assertThat(positions).doesNotContain(-1).isSorted();
            List<String> fonts = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary pageFonts = resources.getAsDict(PdfName.FONT);
                for (PdfName name : pageFonts.getKeys()) {
                    PdfDictionary font = pageFonts.getAsDict(name);
                    assertThat(font.get(PdfName.SUBTYPE)).as("a Unicode font: " + font.get(PdfName.BASEFONT))
                            .isEqualTo(PdfName.TYPE0);
                    PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                    assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded " + font.get(PdfName.BASEFONT))
                            .isNotNull();
                    fonts.add(Objects.toString(font.get(PdfName.BASEFONT)));
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSerif")).anyMatch(f -> f.contains("Bold"));
        } finally {
            reader.close();
        }
        assertThat(new String(out.toByteArray(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void filesAreNamedFromTheBulletin() {
        BulletinFiles files = new BulletinFiles();
        BulletinFiles.File docx = files.docx(BulletinSamples.march2024());
        assertThat(docx.name()).isEqualTo("ban-tin_2024-03.docx");
        assertThat(docx.content()).startsWith((byte) 'P', (byte) 'K');
        BulletinFiles.File pdf = files.pdf(BulletinSamples.march2024());
        assertThat(pdf.name()).isEqualTo("ban-tin_2024-03.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    }

    private static double twipsInMm(Object twips) {
        return ((Number) twips).intValue() / 1440.0 * 25.4;
    }

    private static XWPFDocument docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BulletinDocxWriter().write(BulletinSamples.march2024(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        runs.removeIf(run -> run.text().isEmpty() && run.getEmbeddedPictures().isEmpty() == false);
        runs.removeIf(run -> run.text().isEmpty());
        return runs;
    }

    private static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }
}
