package vn.cds.baocao.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.review.service.ReviewLine;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The review screen of the approved Tháng 7/2024 report of UBND huyện Bù Đăng: every indicator's whole name under
 * its section (the payment rows differ only at the end of their names), and every figure printed exactly as the
 * leaders' tables print it.
 */
@CdsSpringTest
class ReviewLabelsViewTest extends SpringBrowserlessTest {

    private static final String UNIT = "UBND_BU_DANG";

    @Autowired
    ReportRepository reports;
    @Autowired
    UnitRepository units;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    PeriodTableService tables;

    @Test
    @WithUserDetails("reviewer")
    void aLongPaymentNameIsShownWholeUnderItsSection() {
        Grid<ReviewLine> grid = reviewGrid();
        var lines = test(grid);

        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        int row = row(grid, "fee_amount_month");
        List<String> texts = $(Span.class, lines.getCellComponent(row, "indicator")).all().stream()
                .map(Span::getText).toList();
        assertThat(texts).containsExactly("Thanh toán trực tuyến trên Cổng DVC Quốc gia",
                "Thanh toán phí, lệ phí trực tuyến trong tháng: số tiền");
    }

    @Test
    @WithUserDetails("reviewer")
    void theReviewPrintsEveryFigureAsTheDashboardDoes() {
        ReportingPeriod july = periods.findByYearAndMonth(2024, 7).orElseThrow();
        Grid<ReviewLine> grid = reviewGrid();
        var lines = test(grid);

        Map<String, String> dashboard = new HashMap<>();
        for (SectionTable section : tables.tables(july.getId(), null, Messages.VIETNAMESE).sections()) {
            section.rows().stream().filter(r -> r.unit().code().equals(UNIT)).forEach(r -> {
                for (int c = 0; c < section.columns().size(); c++) {
                    dashboard.put(section.columns().get(c).code(),
                            CellText.value(section.columns().get(c), r.cells().get(c), Messages.VIETNAMESE));
                }
            });
        }
        int compared = 0;
        for (int row = 0; row < lines.size(); row++) {
            Indicator indicator = lines.getRow(row).indicator();
            // a running total is recomputed on review from the last approved total (a different matter: the value,
            // not its printing; the seeds' totals skip the months between the seed reports)
            boolean recomputed = indicator.getCumulativeRule() == CumulativeRule.RUNNING_TOTAL;
            String code = indicator.getCode();
            if (dashboard.containsKey(code) && !recomputed && !lines.getRow(row).value().isEmpty()) {
                assertThat(lines.getCellText(row, column(grid, "value"))).as(code).isEqualTo(dashboard.get(code));
                compared++;
            }
        }
        assertThat(compared).as("rates, counts and amounts compared").isGreaterThanOrEqualTo(10);
        assertThat(lines.getCellText(row(grid, "dossier_online_rate_pct"), column(grid, "value")))
                .isEqualTo("87,10%");
        assertThat(lines.getCellText(row(grid, "fee_amount_month"), column(grid, "value"))).isEqualTo("527.625.523");
    }

    private Grid<ReviewLine> reviewGrid() {
        ReportingPeriod july = periods.findByYearAndMonth(2024, 7).orElseThrow();
        long reportId = reports.findByUnitAndPeriod(units.findByCode(UNIT).orElseThrow(), july).orElseThrow().getId();
        navigate(ReviewReportView.class, reportId);
        @SuppressWarnings("unchecked")
        Grid<ReviewLine> grid = $(Grid.class).single();
        return grid;
    }

    private int row(Grid<ReviewLine> grid, String code) {
        var lines = test(grid);
        for (int row = 0; row < lines.size(); row++) {
            if (lines.getRow(row).indicator().getCode().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static int column(Grid<ReviewLine> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }
}
