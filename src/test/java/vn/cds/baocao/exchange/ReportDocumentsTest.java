package vn.cds.baocao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.exchange.service.document.DocumentFormat;
import vn.cds.baocao.exchange.service.document.ReportDocumentService;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.DocumentRequest;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.GeneratedFile;
import vn.cds.baocao.period.domain.AgencySetting;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportRows;
import vn.cds.baocao.support.SignIn;

/**
 * The month's consolidated report as DOCX, XLSX and PDF: the files open with POI and OpenPDF and hold the
 * dashboards' tables — 2024-07 DVC TỔNG 96 % and 78 % —, the agency header from the settings, and never a figure of
 * an unapproved report.
 */
@CdsSpringTest
class ReportDocumentsTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 8, 20);

    @Autowired
    ReportDocumentService documents;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    AgencySettings agency;
    @Autowired
    SignIn signIn;

    @Autowired
    private ReportRows rows;

    @BeforeEach
    void reviewer() {
        signIn.as("reviewer");
    }

    @AfterEach
    void cleanUp() {
        rows.removeAll();
        signIn.out();
    }

    @Test
    void july2024AsWordWithTheSeedTotalsHeadingsAndHeader() throws Exception {
        List<String> steps = new ArrayList<>();
        byte[] docx = generate(YearMonth.of(2024, 7), DocumentFormat.DOCX, steps);
        assertThat(steps).containsExactly("exchange.document.step.tables", "exchange.document.step.DOCX",
                "exchange.document.step.done");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "BÁO CÁO CHUYÊN ĐỀ", "Tháng 7/2024",
                    "Số 08/BC-STTTT", "Ngày 20/08/2024");
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("1. Dịch vụ công trực tuyến")).findFirst().orElseThrow();
            assertThat(heading.getStyle()).isEqualTo("Heading2");
            assertThat(texts).anyMatch(t -> t.startsWith("2. Kết quả sử dụng phần mềm, ứng dụng"));
            assertThat(texts).contains("Từ bảng trên cho thấy:");
            assertThat(texts).anyMatch(t -> t.startsWith("+ "));

            XWPFTable dvc = doc.getTables().getFirst();
            assertThat(cells(dvc.getRow(0))).containsSubsequence("STT", "Đơn vị",
                    "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến", "Tỷ lệ hồ sơ xử lý trực tuyến");
            assertThat(dvc.getRow(0).getTableCells()).as("an indicator's header spans its three columns").hasSize(4);
            assertThat(dvc.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal())
                    .isEqualTo(java.math.BigInteger.valueOf(3));
            assertThat(cells(dvc.getRow(1))).contains("Kết quả", "So với chỉ tiêu (≥ 80%)", "So với chỉ tiêu (≥ 50%)");
            XWPFTableRow total = dvc.getRows().stream().filter(r -> r.getCell(1).getText().equals("TỔNG"))
                    .findFirst().orElseThrow();
            assertThat(cells(total)).containsSubsequence("TỔNG", "96%", "Đạt", "78%", "Đạt");
            assertThat(dvc.getRows()).hasSize(2 + 27 + 1);
            assertThat(dvc.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void july2024AsWorkbookWithNumericCellsAndVietnameseFormats() throws Exception {
        byte[] xlsx = generate(YearMonth.of(2024, 7), DocumentFormat.XLSX, new ArrayList<>());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet dvc = workbook.getSheet("1. Dịch vụ công trực tuyến");
            assertThat(workbook.getSheetIndex(dvc)).as("the first section is the first sheet").isZero();
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(4);
            Row total = row(dvc, "TỔNG");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(96.0);
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0\"%\"");
            assertThat(total.getCell(3).getStringCellValue()).isEqualTo("Đạt");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(78.0);
            // the figure is the percentage itself (96, not 0,96): 0"%" shows it as "96%" in Excel and LibreOffice
            // (POI's own DataFormatter scales even a quoted %, so it is not used to check the display)
            Row gddt = row(dvc, "Sở GD&ĐT");
            assertThat(gddt.getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(gddt.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00\"%\"");
            assertThat(gddt.getCell(0).getNumericCellValue()).isEqualTo(1.0);

            Sheet apps = workbook.getSheetAt(1);
            Row appsTotal = row(apps, "TỔNG");
            boolean countFormat = false;
            for (int c = 2; c < appsTotal.getLastCellNum(); c++) {
                if (appsTotal.getCell(c).getCellType() == CellType.NUMERIC
                        && appsTotal.getCell(c).getCellStyle().getDataFormatString().equals("#,##0")) {
                    countFormat = true;
                }
            }
            assertThat(countFormat).as("eCabinet meetings are counts with #,##0").isTrue();
            assertThat(text(dvc)).contains("Từ bảng trên cho thấy:", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                    "BÁO CÁO CHUYÊN ĐỀ – Tháng 7/2024");
        }
    }

    @Test
    void july2024AsPdfWithEmbeddedVietnameseFont() throws Exception {
        byte[] pdf = generate(YearMonth.of(2024, 7), DocumentFormat.PDF, new ArrayList<>());
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            String text = all.toString();
            assertThat(text).contains("BÁO CÁO CHUYÊN ĐỀ", "Dịch vụ công trực tuyến", "Số 08/BC-STTTT", "TỔNG", "96%",
                    "78%", "Từ bảng trên cho thấy:", "Không đạt");
            assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        } finally {
            reader.close();
        }
    }

    @Test
    void unitsNotApprovedAreListedUnderTheTableAndTheirFiguresNeverAppear() throws Exception {
        YearMonth august = YearMonth.of(2024, 8);
        rows.create("SO_GTVT", august, ReportStatus.SUBMITTED, "dvc_online_rate_pct", "12.34");
        rows.create("SO_KHDT", august, ReportStatus.DRAFT, "dvc_online_rate_pct", "23.45");
        byte[] xlsx = generate(august, DocumentFormat.XLSX, new ArrayList<>());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet dvc = workbook.getSheet("1. Dịch vụ công trực tuyến");
            String text = text(dvc);
            assertThat(text).contains("Đơn vị chưa được phê duyệt báo cáo:", "Sở GTVT", "Sở KH&ĐT", "chưa duyệt")
                    .doesNotContain("12,34", "12.34", "23,45", "23.45");
            assertThat(row(dvc, "Sở GTVT").getCell(2).getStringCellValue()).isEqualTo("chưa duyệt");
        }
        byte[] docx = generate(august, DocumentFormat.DOCX, new ArrayList<>());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.startsWith("Đơn vị chưa được phê duyệt báo cáo: ") && t.contains("Sở GTVT"));
            assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> cells(r).stream()))
                    .noneMatch(t -> t.contains("12,34") || t.contains("23,45"));
        }
    }

    @Test
    void theHeaderNamesTheAgencyInForceOnTheDayOfIssue() throws Exception {
        signIn.as("admin");
        LocalDate merger = LocalDate.of(2031, 3, 1);
        AgencySetting name = agency.change(AgencySettingKey.REVIEWING_AGENCY, "Sở Khoa học và Công nghệ", merger);
        AgencySetting number = agency.change(AgencySettingKey.REPORT_NUMBER_TEMPLATE, "{so}/BC-SKHCN", merger);
        try {
            signIn.as("leader");
            long period = periods.findByYearAndMonth(2024, 7).orElseThrow().getId();
            byte[] docx = documents.generate(new DocumentRequest(period, 3, merger.plusDays(10)),
                    EnumSet.of(DocumentFormat.DOCX), ReportDocumentService.Progress.NONE).getFirst().content();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(texts).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số 03/BC-SKHCN", "Ngày 11/03/2031")
                        .doesNotContain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
                assertThat(texts).anyMatch(t -> t.equals("Sở Khoa học và Công nghệ kính báo cáo./."));
            }
        } finally {
            signIn.as("admin");
            agency.remove(name.getId());
            agency.remove(number.getId());
        }
    }

    @Test
    void reportersAndAdministratorsCannotGenerateAndBadRequestsAreRefused() {
        long period = periods.findByYearAndMonth(2024, 7).orElseThrow().getId();
        DocumentRequest request = new DocumentRequest(period, 7, ISSUED);
        for (String user : List.of("reporter", "admin")) {
            signIn.as(user);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.generate(request,
                    EnumSet.of(DocumentFormat.PDF), ReportDocumentService.Progress.NONE))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        signIn.as("reviewer");
        vn.cds.baocao.support.Refusals.assertRefused(() -> documents.generate(new DocumentRequest(period, 0, ISSUED),
                EnumSet.of(DocumentFormat.PDF), ReportDocumentService.Progress.NONE), "exchange.document.badNumber",
                null);
        vn.cds.baocao.support.Refusals.assertRefused(() -> documents.generate(request,
                EnumSet.noneOf(DocumentFormat.class), ReportDocumentService.Progress.NONE),
                "exchange.document.noFormat", "Hãy chọn ít nhất một định dạng tệp.");
        vn.cds.baocao.support.Refusals.assertRefused(() -> documents.generate(new DocumentRequest(period, 7, null),
                EnumSet.of(DocumentFormat.PDF), ReportDocumentService.Progress.NONE), "exchange.document.dateRequired",
                null);
        vn.cds.baocao.support.Refusals.assertRefused(() -> documents.generate(new DocumentRequest(-1, 7, ISSUED),
                EnumSet.of(DocumentFormat.PDF), ReportDocumentService.Progress.NONE),
                "exchange.document.periodNotFound", null);
        DocumentRequest tooHigh = new DocumentRequest(period, ReportDocumentService.MAX_REPORT_NUMBER + 1, ISSUED);
        assertThatThrownBy(() -> documents.generate(tooHigh,
                EnumSet.of(DocumentFormat.PDF), ReportDocumentService.Progress.NONE))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("exchange.document.badNumber");
                    assertThat(e.getArgs()).as("the highest number allowed").containsExactly(
                            String.valueOf(ReportDocumentService.MAX_REPORT_NUMBER));
                });
        assertThat(documents.defaults(period).number()).isEqualTo(7);
    }

    private byte[] generate(YearMonth month, DocumentFormat format, List<String> steps) {
        long period = periods.findByYearAndMonth(month.getYear(), month.getMonthValue()).orElseThrow().getId();
        List<GeneratedFile> files = documents.generate(new DocumentRequest(period, 8, ISSUED), EnumSet.of(format),
                (fraction, step) -> steps.add(step));
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.format()).isEqualTo(format);
            assertThat(f.fileName()).isEqualTo("bao-cao-chuyen-de_" + month + "." + format.extension());
        });
        return files.getFirst().content();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static Row row(Sheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit + " in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> texts.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
        }
        return texts.stream().collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unused")
    private static Map<String, String> none() {
        return Map.of();
    }
}
