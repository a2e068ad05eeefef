package vn.cds.baocao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.RankingService.RankedRow;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.exchange.service.document.DocumentFormat;
import vn.cds.baocao.exchange.service.document.ReportDocumentService;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.DocumentRequest;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportRows;
import vn.cds.baocao.support.SignIn;

/**
 * An approved "Không có số liệu" on the dashboards and documents: shown as such, never 0, left out of TỔNG (a mean
 * of the others, not a mean with a zero), of the ranking, and counted apart under the total.
 */
@CdsSpringTest
class NoFigureDashboardTest {

    private static final YearMonth AUGUST = YearMonth.of(2024, 8);
    private static final String DVC = "dvc_online_rate_pct";

    @Autowired
    ReportRows rows;
    @Autowired
    PeriodTableService tables;
    @Autowired
    RankingService rankings;
    @Autowired
    ReportDocumentService documents;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    SignIn signIn;

    private long periodId;

    @BeforeEach
    void threeApprovedReportsOneWithoutFigure() {
        rows.create("SO_GTVT", AUGUST, ReportStatus.APPROVED, DVC, "80");
        rows.createNoFigure("SO_KHDT", AUGUST, ReportStatus.APPROVED, DVC, NoFigure.NOT_AVAILABLE,
                "Hệ thống một cửa ngừng hoạt động cả kỳ");
        rows.create("SO_XAY_DUNG", AUGUST, ReportStatus.APPROVED, DVC, "60");
        periodId = periods.findByYearAndMonth(2024, 8).orElseThrow().getId();
        signIn.as("leader");
    }

    @AfterEach
    void cleanUp() {
        rows.removeAll();
        signIn.out();
    }

    @Test
    void theTableShowsTheMarkAndItsTotalLeavesTheUnitOut() {
        SectionTable dvc = tables.tables(periodId, null, Messages.VIETNAMESE).section("DVC").orElseThrow();
        int column = column(dvc);
        Cell marked = cell(dvc, "SO_KHDT", column);
        assertThat(marked.state()).isEqualTo(Cell.State.NOT_AVAILABLE);
        assertThat(marked.value()).isNull();
        assertThat(CellText.value(dvc.columns().get(column), marked, Messages.VIETNAMESE))
                .isEqualTo("Không có số liệu");

        TotalCell total = dvc.totals().getFirst().cells().get(column);
        assertThat(total.value()).as("mean of 80 and 60, not of 80, 0 and 60").isEqualByComparingTo("70");
        assertThat(total.contributing()).isEqualTo(2);
        assertThat(total.noFigure()).isEqualTo(1);
        assertThat(CellText.totalCoverage(total, Messages.VIETNAMESE)).contains("1 không phát sinh/không có số liệu");
    }

    @Test
    void theCsvSaysNoFigureNeverZero() {
        String csv = new String(tables.csv(periodId, "DVC", null, Messages.VIETNAMESE), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.contains("Sở KH&ĐT")).findFirst().orElseThrow();
        assertThat(line).contains("Không có số liệu").doesNotContain(";0;", ",0,", ";0,00", ",\"0");
    }

    @Test
    void theRankingLeavesTheUnitUnrankedAndSaysWhy() {
        long dvcId = indicators.findByCode(DVC).orElseThrow().getId();
        List<RankedRow> ranking = rankings.ranking(periodId, dvcId, null, Messages.VIETNAMESE).rows();
        RankedRow marked = ranking.stream().filter(r -> r.unit().code().equals("SO_KHDT")).findFirst().orElseThrow();
        assertThat(marked.state()).isEqualTo(Cell.State.NOT_AVAILABLE);
        assertThat(marked.rank()).isNull();
        assertThat(ranking.stream().filter(r -> r.unit().code().equals("SO_XAY_DUNG")).findFirst().orElseThrow()
                .rank()).as("last of the two with a figure").isEqualTo(2);
    }

    @Test
    void theWorkbookSaysNoFigureInATextCell() throws Exception {
        signIn.as("reviewer");
        byte[] xlsx = documents.generate(new DocumentRequest(periodId, 8, LocalDate.of(2024, 8, 20)),
                EnumSet.of(DocumentFormat.XLSX), (fraction, step) -> { }).getFirst().content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet dvc = workbook.getSheet("1. Dịch vụ công trực tuyến");
            Row row = row(dvc, "Sở KH&ĐT");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Không có số liệu");
        }
    }

    private static int column(SectionTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).code().equals(DVC)) {
                return c;
            }
        }
        throw new AssertionError("no column " + DVC);
    }

    private static Cell cell(SectionTable table, String unitCode, int column) {
        return table.rows().stream().filter(r -> r.unit().code().equals(unitCode)).findFirst().orElseThrow()
                .cells().get(column);
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
}
