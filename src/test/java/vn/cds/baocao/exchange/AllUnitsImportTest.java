package vn.cds.baocao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cds.baocao.exchange.TemplateFiles.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.exchange.service.template.ImportProblem;
import vn.cds.baocao.exchange.service.template.ImportRejectedException;
import vn.cds.baocao.exchange.service.template.TemplateService;
import vn.cds.baocao.exchange.service.template.TemplateService.ImportResult;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * The reviewer's template of every unit (one sheet per section, one row per unit): the changed units are saved as
 * drafts together or not at all, untouched units are left alone, submitted reports are never overwritten, and
 * hand-typed unit names are matched by their aliases.
 */
@CdsSpringTest
class AllUnitsImportTest {

    private static final String DVC_SHEET = "1. Dịch vụ công trực tuyến";
    private static final String DVC = "dvc_online_rate_pct";
    private static final String DOSSIERS = "dossier_online_rate_pct";
    private static final AtomicInteger UNITS = new AtomicInteger();

    @Autowired
    TemplateService templates;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;
    @Autowired
    SignIn signIn;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theChangedUnitsAreSavedAsDraftsAndTheOthersLeftAlone() throws Exception {
        String a = newUnit();
        String b = newUnit();
        String c = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        signIn.as("reviewer");
        byte[] template = templates.allUnitsTemplate(period.getId()).content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            assertThat(dvc.isColumnHidden(ALL_UNIT_CODE)).isTrue();
            assertThat(dvc.getRow(ALL_CODES_ROW).getZeroHeight()).isTrue();
            assertThat(allUnitsRow(dvc, a).getCell(ALL_UNIT_NAME).getStringCellValue()).isEqualTo("ĐV " + a);
            assertThat(allUnitsRow(dvc, a).getCell(3).getStringCellValue()).isEqualTo("Chưa lập");
            assertThat(workbook.isStructureLocked()).isTrue();
        }
        byte[] filled = edit(template, workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            fill(dvc, a, DVC, 95.5);
            fill(dvc, a, DOSSIERS, 61);
            fill(dvc, b, DVC, 88);
            cell(allUnitsRow(dvc, b), allUnitsColumn(dvc, DOSSIERS)).setCellValue("47,25");
        });

        ImportResult result = templates.importFile(period.getId(), "tat-ca.xlsx", filled);

        assertThat(result.savedUnits()).containsExactly("ĐV " + a, "ĐV " + b);
        // the districts ended on 30/6/2025: a unit of today's structure is left alone
        assertThat(result.unchangedUnits()).contains("ĐV " + c, "Sở GD&ĐT");
        assertThat(values(a, period)).containsEntry(DVC, new BigDecimal("95.5")).containsEntry(DOSSIERS,
                new BigDecimal("61"));
        assertThat(values(b, period)).containsEntry(DVC, new BigDecimal("88")).containsEntry(DOSSIERS,
                new BigDecimal("47.25"));
        Report saved = reports.findByUnitAndPeriod(fixture.unit(a), period).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(saved.getCreatedBy()).isEqualTo("reviewer");
        assertThat(reports.findByUnitAndPeriod(fixture.unit(c), period)).isEmpty();
    }

    @Test
    void oneBadUnitRefusesTheWholeFile() {
        String a = newUnit();
        String b = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        signIn.as("reviewer");
        byte[] filled = edit(templates.allUnitsTemplate(period.getId()).content(), workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            fill(dvc, a, DVC, 90);
            cell(allUnitsRow(dvc, b), allUnitsColumn(dvc, DVC)).setCellValue("chín mươi");
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.sheet()).isEqualTo(DVC_SHEET);
                            assertThat(p.unit()).isEqualTo("ĐV " + b);
                            assertThat(p.indicator()).isEqualTo("Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến");
                            assertThat(p.column()).isEqualTo("E");
                            assertThat(p.messageKey()).isEqualTo("value.notANumber");
                        }));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(a), period)).as("all or nothing").isEmpty();
    }

    @Test
    void handTypedUnitNamesAreMatchedByTheirAliasesIncludingTheSeedMisspellings() {
        String a = newUnit();
        // a period of the first half of 2025, when Đồng Xoài (whose seed misspelling is matched) still reported
        ReportingPeriod period = fixture.freePeriod(a, "UBND_DONG_XOAI");
        signIn.as("reviewer");
        byte[] filled = edit(templates.allUnitsTemplate(period.getId()).content(), workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            Row dongXoai = allUnitsRow(dvc, "UBND_DONG_XOAI");
            cell(dongXoai, ALL_UNIT_CODE).setBlank();
            cell(dongXoai, ALL_UNIT_NAME).setCellValue("UBND TP.Đông Xoài");
            cell(dongXoai, allUnitsColumn(dvc, DVC)).setCellValue("sai");
            Row mine = allUnitsRow(dvc, a);
            cell(mine, ALL_UNIT_CODE).setBlank();
            cell(mine, ALL_UNIT_NAME).setCellValue("UBND huyện Không Có Thật");
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getProblems()).anySatisfy(p -> {
                        assertThat(p.unit()).as("matched through the misspelt alias").isEqualTo("UBND TP.Đồng Xoài");
                        assertThat(p.messageKey()).isEqualTo("value.notANumber");
                    });
                    assertThat(e.getProblems()).anySatisfy(p -> {
                        assertThat(p.messageKey()).isEqualTo("exchange.import.row.unknownUnit");
                        assertThat(p.message(Messages.VIETNAMESE)).startsWith("Không nhận ra đơn vị \"UBND huyện Không Có Thật\"");
                    });
                });
    }

    @Test
    void aSubmittedReportIsNeverOverwrittenAndAUnitChangedSinceTheDownloadIsLeftAloneUnlessEdited() {
        String a = newUnit();
        String b = newUnit();
        String c = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        Map<Long, FieldInput> valuesOfA = fixture.validInputs(a, period);
        signIn.as(a.toLowerCase());
        ReportForm draft = workflow.saveDraft(period.getId(), -1, valuesOfA);
        workflow.submit(draft.reportId(), draft.version());

        signIn.as("reviewer");
        byte[] template = templates.allUnitsTemplate(period.getId()).content();
        byte[] overwriting = edit(template, workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            fill(dvc, a, DVC, 11);
            fill(dvc, b, DVC, 90);
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", overwriting))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.unit()).isEqualTo("ĐV " + a);
                            assertThat(p.messageKey()).isEqualTo("workflow.readOnly.SUBMITTED");
                        }));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(b), period)).isEmpty();
        assertThat(reports.findByUnitAndPeriod(fixture.unit(a), period).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.SUBMITTED);

        // C's reporter saves a draft after the download: the reviewer's file, which leaves C untouched, keeps it
        signIn.as(c.toLowerCase());
        workflow.saveDraft(period.getId(), -1, fixture.validInputs(c, period));
        Map<String, BigDecimal> valuesOfC = values(c, period);
        signIn.as("reviewer");
        byte[] onlyB = edit(template, workbook -> fill(workbook.getSheet(DVC_SHEET), b, DVC, 90));
        assertThat(templates.importFile(period.getId(), "tat-ca.xlsx", onlyB).savedUnits()).containsExactly("ĐV " + b);
        assertThat(values(c, period)).isEqualTo(valuesOfC);

        // editing C in that old file would overwrite newer figures: refused
        byte[] editsC = edit(template, workbook -> fill(workbook.getSheet(DVC_SHEET), c, DVC, 70));
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", editsC))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::messageKey).containsExactly("exchange.import.changedSinceDownload"));
    }

    @Test
    void extraRowsAndUnitsThatDoNotReportAreRefused() {
        String a = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        signIn.as("reviewer");
        byte[] filled = edit(templates.allUnitsTemplate(period.getId()).content(), workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            Row extra = dvc.createRow(dvc.getLastRowNum() + 1);
            extra.createCell(ALL_UNIT_NAME).setCellValue("Sở Tài chính");
            extra.createCell(allUnitsColumn(dvc, DVC)).setCellValue(99);
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::messageKey)
                        .containsExactlyInAnyOrder("exchange.import.row.unitNotInPeriod", "exchange.import.tooManyRows"));
    }

    @Test
    void aHeaderTypedOverOnASectionSheetIsRefusedWithItsCell() {
        String a = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        signIn.as("reviewer");
        String[] dvcHeader = new String[1];
        byte[] filled = edit(templates.allUnitsTemplate(period.getId()).content(), workbook -> {
            Sheet dvc = workbook.getSheet(DVC_SHEET);
            fill(dvc, a, DVC, 90);
            cell(dvc.getRow(5), 3).setCellValue("Ghi chú");
            dvcHeader[0] = dvc.getRow(5).getCell(allUnitsColumn(dvc, DVC)).getStringCellValue();
            cell(dvc.getRow(5), allUnitsColumn(dvc, DVC)).setCellValue(95.5);
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column,
                                ImportProblem::messageKey, p -> p.args()[0])
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(DVC_SHEET, 6, "D", "exchange.import.headerChanged",
                                        "Trạng thái"),
                                org.assertj.core.groups.Tuple.tuple(DVC_SHEET, 6, "E", "exchange.import.headerChanged",
                                        dvcHeader[0])));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(a), period)).isEmpty();
    }

    @Test
    void onlyReviewersUseTheAllUnitsTemplate() {
        String a = newUnit();
        ReportingPeriod period = fixture.freePeriod(a);
        signIn.as("reviewer");
        byte[] template = templates.allUnitsTemplate(period.getId()).content();
        signIn.as(a.toLowerCase());
        vn.cds.baocao.support.Refusals.assertRefused(() -> templates.importFile(period.getId(), "tat-ca.xlsx",
                template), "exchange.import.allUnitsForReviewers", null);
        assertThatThrownBy(() -> templates.allUnitsTemplate(period.getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> workflow.saveDraftsForUnits(period.getId(), java.util.List.of()))
                .as("saving drafts for other units is a reviewer's act").isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("leader");
        assertThatThrownBy(() -> templates.importFile(period.getId(), "tat-ca.xlsx", template))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void fill(Sheet sheet, String unitCode, String indicatorCode, double value) {
        cell(allUnitsRow(sheet, unitCode), allUnitsColumn(sheet, indicatorCode)).setCellValue(value);
    }

    private Map<String, BigDecimal> values(String unitCode, ReportingPeriod period) {
        return transaction.execute(tx -> {
            Map<String, BigDecimal> values = new java.util.TreeMap<>();
            reports.findByUnitAndPeriod(fixture.unit(unitCode), period).orElseThrow().getValues()
                    .forEach(v -> values.put(v.getIndicator().getCode(), v.getNumericValue() == null ? null
                            : v.getNumericValue().stripTrailingZeros()));
            return values;
        });
    }

    private String newUnit() {
        String code = "EXC_ALL_" + UNITS.incrementAndGet();
        fixture.newUnitWithReporter(code, "DISTRICT", null);
        return code;
    }
}
