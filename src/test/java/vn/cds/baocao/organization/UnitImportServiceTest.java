package vn.cds.baocao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitImportProblem;
import vn.cds.baocao.organization.service.UnitImportRejectedException;
import vn.cds.baocao.organization.service.UnitImportService;
import vn.cds.baocao.organization.service.UnitImportService.PlannedUnit;
import vn.cds.baocao.organization.service.UnitImportService.TemplateFormat;
import vn.cds.baocao.organization.service.UnitImportService.UnitImportPreview;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The unit import: a preview saves nothing, an import creates every unit of the file or none, and each bad cell is
 * refused where it is. Each test runs in its own rolled-back transaction: the shared demo data stays.
 */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class UnitImportServiceTest {

    static final String HEADER = "Mã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị,Mã đơn vị cha,Hiệu lực từ (dd/MM/yyyy)\n";
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitImportService imports;
    @Autowired
    UnitRepository units;
    @Autowired
    UnitHistory history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCsvFileCreatesItsUnitsWithAParentDefinedFurtherDown() {
        long auditBefore = importLines();
        var result = imports.importUnits("xa-phuong.csv", csv(HEADER
                + "IMPT_XA_A,UBND xã Thử A,UBND X.Thử A,COMMUNE,IMPT_CUM,01/07/2025\n"
                + "IMPT_XA_B,UBND xã Thử B,UBND X.Thử B,\"UBND xã, phường\",IMPT_CUM,1/7/2025\n"
                + "IMPT_CUM,Cụm thử nghiệm,Cụm thử,OTHER,UBND_TINH_BINH_PHUOC,01/07/2025\n"));

        assertThat(result.created()).isEqualTo(3);
        Unit a = units.findByCode("IMPT_XA_A").orElseThrow();
        assertThat(a.getFullName()).isEqualTo("UBND xã Thử A");
        assertThat(a.getShortName()).isEqualTo("UBND X.Thử A");
        assertThat(a.getType().getCode()).isEqualTo("COMMUNE");
        assertThat(a.getValidFrom()).isEqualTo(JULY_2025);
        assertThat(a.getParent().getCode()).isEqualTo("IMPT_CUM");
        assertThat(units.findByCode("IMPT_XA_B").orElseThrow().getType().getCode()).as("type by its name")
                .isEqualTo("COMMUNE");
        assertThat(units.findByCode("IMPT_CUM").orElseThrow().getParent().getCode()).isEqualTo("UBND_TINH_BINH_PHUOC");
        assertThat(a.getDisplayOrder()).isLessThan(units.findByCode("IMPT_XA_B").orElseThrow().getDisplayOrder());
        // the communes report for periods from July 2025, not before
        assertThat(history.reportingUnits(LocalDate.of(2025, 8, 20))).extracting(Unit::getCode)
                .contains("IMPT_XA_A", "IMPT_XA_B");
        assertThat(history.reportingUnits(LocalDate.of(2025, 6, 20))).extracting(Unit::getCode)
                .doesNotContain("IMPT_XA_A");
        assertThat(jdbc.queryForList("SELECT alias FROM unit_alias WHERE unit_id = ?", String.class, a.getId()))
                .contains("UBND xã Thử A", "UBND X.Thử A");
        assertThat(importLines()).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("SELECT details FROM admin_audit WHERE action = 'UNIT_IMPORT' "
                + "ORDER BY id DESC LIMIT 1", String.class)).contains("IMPT_XA_A", "IMPT_CUM");
    }

    @Test
    void theExampleFileOfTheAdministrationGuideIsAccepted() throws Exception {
        byte[] example = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("docs/examples/don-vi-xa-phuong-tu-01-07-2025.csv"));
        UnitImportPreview preview = imports.preview("don-vi-xa-phuong-tu-01-07-2025.csv", example);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.units()).hasSize(4).allSatisfy(u -> {
            assertThat(u.typeCode()).isEqualTo("COMMUNE");
            assertThat(u.validFrom()).isEqualTo(JULY_2025);
        });
    }

    @Test
    void aCsvFileSavedByExcelWithSemicolonsAndAByteOrderMark() {
        String file = "\uFEFF" + HEADER.replace(',', ';') + "IMPT_XA_S;UBND xã Chấm Phẩy;UBND X.Chấm Phẩy;COMMUNE;;01/07/2025\r\n";
        imports.importUnits("xa.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(units.findByCode("IMPT_XA_S")).get().extracting(Unit::getFullName).isEqualTo("UBND xã Chấm Phẩy");
    }

    @Test
    void theExcelTemplateFilledInIsImported() throws Exception {
        byte[] template = imports.template(TemplateFormat.XLSX);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("Đơn vị");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Hiệu lực từ (dd/MM/yyyy)");
            assertThat(workbook.getSheet("Loại đơn vị").getRow(4).getCell(0).getStringCellValue()).isNotBlank();
            row(sheet, 1, "IMPT_XL_A", "UBND phường Thử", "UBND P.Thử", "COMMUNE", "", "01/07/2025");
            // a date typed into a spreadsheet whose language reads it as a date: a number with a date format
            Row second = row(sheet, 2, "IMPT_XL_B", "UBND xã Thử Hai", "UBND X.Thử Hai", "COMMUNE", "IMPT_XL_A", null);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            second.createCell(5).setCellValue(LocalDate.of(2025, 7, 2));
            second.getCell(5).setCellStyle(date);
            workbook.write(out);
            filled = out.toByteArray();
        }
        UnitImportPreview preview = imports.preview("mau-nhap-don-vi.xlsx", filled);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.units()).extracting(PlannedUnit::row).containsExactly(2, 3);
        imports.importUnits("mau-nhap-don-vi.xlsx", filled);
        Unit second = units.findByCode("IMPT_XL_B").orElseThrow();
        assertThat(second.getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 2));
        assertThat(second.getParent().getCode()).isEqualTo("IMPT_XL_A");
    }

    @Test
    void theCsvTemplateIsTheHeaderRow() {
        String template = new String(imports.template(TemplateFormat.CSV), StandardCharsets.UTF_8);
        assertThat(template).isEqualTo("\uFEFF" + HEADER.replace("\n", "\r\n"));
    }

    @Test
    void aPreviewShowsWhatWouldBeCreatedAndSavesNothing() {
        long auditBefore = importLines();
        long unitsBefore = units.count();
        UnitImportPreview preview = imports.preview("xa.csv", csv(HEADER
                + "impt_xa_p , UBND xã Xem Trước ,UBND X.Xem Trước,commune,,01/07/2025\n"));
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.units()).containsExactly(new PlannedUnit(2, "IMPT_XA_P", "UBND xã Xem Trước",
                "UBND X.Xem Trước", "COMMUNE", null, JULY_2025));
        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(units.findByCode("IMPT_XA_P")).isEmpty();
        assertThat(importLines()).isEqualTo(auditBefore);
    }

    @Test
    void eachBadCellIsRefusedWhereItIsAndNothingIsSaved() {
        byte[] file = csv(HEADER
                + "IMPT_OK,UBND xã Đúng,UBND X.Đúng,COMMUNE,,01/07/2025\n"
                + "IMPT_XA,UBND xã Sai Loại,UBND X.Sai Loại,XA,,01/07/2025\n"
                + "IMPT_OK,UBND xã Trùng,UBND X.Trùng,COMMUNE,,01/07/2025\n"
                + "SO_KHCN,Sở Khoa học,Sở KH,DEPARTMENT,,01/07/2025\n"
                + "IMPT_DATE,UBND xã Ngày Sai,UBND X.Ngày Sai,COMMUNE,,31/02/2025\n"
                + "IMPT_ISO,UBND xã Ngày ISO,UBND X.Ngày ISO,COMMUNE,,2025-07-01\n"
                + "IMPT_BLANK,,UBND X.Trống,COMMUNE,,\n"
                + "xã tân,UBND xã Tân,UBND X.Tân,COMMUNE,,01/07/2025\n"
                + "IMPT_ORPHAN,UBND xã Mồ Côi,UBND X.Mồ Côi,COMMUNE,KHONG_CO,01/07/2025\n"
                + "IMPT_C1,Vòng 1,V1,OTHER,IMPT_C2,01/07/2025\n"
                + "IMPT_C2,Vòng 2,V2,OTHER,IMPT_C1,01/07/2025\n"
                + "IMPT_UNDER,UBND xã Dưới Huyện,UBND X.Dưới Huyện,COMMUNE,UBND_DONG_XOAI,01/07/2025\n");
        long unitsBefore = units.count();
        List<String> expected = List.of(
                "Dòng 3, cột 'Loại đơn vị': loại 'XA' không có trong danh mục loại đơn vị "
                        + "(DEPARTMENT, PROVINCE_OFFICE, DISTRICT, COMMUNE, PROVINCE, PROVINCE_SUMMARY, OTHER).",
                "Dòng 4, cột 'Mã đơn vị': mã 'IMPT_OK' đã có ở dòng 2 của tệp.",
                "Dòng 5, cột 'Mã đơn vị': Mã đơn vị \"SO_KHCN\" đã được dùng cho một đơn vị khác.",
                "Dòng 6, cột 'Hiệu lực từ': '31/02/2025' không phải ngày dạng dd/MM/yyyy (ví dụ 01/07/2025).",
                "Dòng 7, cột 'Hiệu lực từ': '2025-07-01' không phải ngày dạng dd/MM/yyyy (ví dụ 01/07/2025).",
                "Dòng 8, cột 'Tên đơn vị': ô bắt buộc đang trống.",
                "Dòng 8, cột 'Hiệu lực từ': ô bắt buộc đang trống.",
                "Dòng 9, cột 'Mã đơn vị': " + Messages.get(Messages.VIETNAMESE, "admin.unit.badCode"),
                "Dòng 10, cột 'Mã đơn vị cha': không có đơn vị mã 'KHONG_CO' trong hệ thống hay trong tệp.",
                "Dòng 11, cột 'Mã đơn vị cha': đơn vị cha 'IMPT_C2' dẫn vòng trở lại đơn vị này trong tệp.",
                "Dòng 12, cột 'Mã đơn vị cha': đơn vị cha 'IMPT_C1' dẫn vòng trở lại đơn vị này trong tệp.",
                "Dòng 13, cột 'Mã đơn vị cha': đơn vị cha 'UBND_DONG_XOAI' ngừng hoạt động sau ngày 30/06/2025, "
                        + "trước ngày đơn vị bắt đầu (01/07/2025).");

        UnitImportPreview preview = imports.preview("loi.csv", file);
        assertThat(preview.units()).isEmpty();
        assertThat(messages(preview.problems())).containsExactlyElementsOf(expected);

        assertThatThrownBy(() -> imports.importUnits("loi.csv", file))
                .isInstanceOfSatisfying(UnitImportRejectedException.class, rejected -> {
                    assertThat(messages(rejected.problems())).containsExactlyElementsOf(expected);
                    assertThat(rejected.getLocalizedMessage()).isEqualTo(
                            "Tệp có 12 lỗi; chưa đơn vị nào được tạo. Sửa các ô được chỉ ra rồi tải lên lại.");
                });
        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(units.findByCode("IMPT_OK")).as("the good row of a bad file is not created either").isEmpty();
    }

    @Test
    void aFileWhoseHeaderIsNotTheTemplatesIsRefusedByColumn() {
        UnitImportPreview preview = imports.preview("cot.csv", csv(
                "Mã đơn vị,Tên đơn vị,Loại đơn vị,Ghi chú,Hiệu lực từ\nIMPT_H,UBND xã H,COMMUNE,x,01/07/2025\n"));
        assertThat(messages(preview.problems())).containsExactly(
                "Dòng 1: cột D có tiêu đề 'Ghi chú' không thuộc mẫu.",
                "Dòng 1: thiếu cột 'Tên viết tắt' của mẫu.");
        assertThat(messages(imports.preview("trong.csv", csv(HEADER)).problems()))
                .containsExactly("Dòng 2: tệp không có đơn vị nào (chỉ có dòng tiêu đề).");
    }

    @Test
    void filesThatAreNeitherATemplateNorUtf8AreRefused() {
        assertRefused(() -> imports.preview("xa.txt", "abc".getBytes(StandardCharsets.UTF_8)),
                "admin.unitImport.notXlsxOrCsv", null);
        assertRefused(() -> imports.preview("xa.csv", (HEADER + "IMPT_W,UBND xã Tân Lợi,X,COMMUNE,,01/07/2025\n")
                        .getBytes(Charset.forName("windows-1258"))),
                "upload.csv.notUtf8", "Tệp \"xa.csv\" không được lưu theo bảng mã UTF-8. Trong Excel, chọn Lưu thành "
                        + "› \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi tải lên lại.");
        assertRefused(() -> imports.preview("xa.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}),
                "exchange.import.oldXls", null);
        assertRefused(() -> imports.preview("xa.csv", new byte[0]), "upload.csv.empty", null);
    }

    @Test
    @WithUserDetails("reviewer")
    void onlyAnAdministratorImportsUnits() {
        byte[] file = csv(HEADER + "IMPT_R,UBND xã R,UBND X.R,COMMUNE,,01/07/2025\n");
        assertThatThrownBy(() -> imports.preview("xa.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importUnits("xa.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(TemplateFormat.CSV)).isInstanceOf(AccessDeniedException.class);
        assertThat(units.findByCode("IMPT_R")).isEmpty();
    }

    private long importLines() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit WHERE action = 'UNIT_IMPORT'", Long.class);
    }

    private static List<String> messages(List<UnitImportProblem> problems) {
        return problems.stream().map(p -> p.message(Messages.VIETNAMESE)).toList();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
        return row;
    }
}
