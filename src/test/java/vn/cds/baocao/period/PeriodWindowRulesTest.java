package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.PeriodAdminService;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * "No overlap, no gap" in the one report series, as an administrator edits and generates periods (demo data:
 * Tháng 4/2024 21/4–20/5, Tháng 5/2024 21/5–20/6, Tháng 6/2024 21/6–21/7/2024). Rolled back after each test.
 */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class PeriodWindowRulesTest {

    @Autowired
    PeriodAdminService service;
    @Autowired
    PeriodService periodService;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    JdbcTemplate jdbc;

    private ReportingPeriod period(int year, int month) {
        return periods.findByYearAndMonth(year, month).orElseThrow();
    }

    private void update(ReportingPeriod period, LocalDate from, LocalDate to) {
        service.update(period.getId(), from, to, to.plusDays(5), period.getNotes());
    }

    @Test
    void anOverlapWithTheNeighbourIsRefusedNamingThePeriodsAndDays() {
        ReportingPeriod may = period(2024, 5);
        assertRefused(() -> update(may, LocalDate.of(2024, 5, 15), may.getDataTo()), "period.window.overlap",
                "Khung số liệu 15/05/2024 – 20/06/2024 của kỳ Tháng 5/2024 trùng với kỳ Tháng 4/2024 "
                        + "(21/04/2024 – 20/05/2024) trong các ngày 15/05/2024 – 20/05/2024. "
                        + "Hai kỳ liền nhau không được tính trùng ngày nào.");
        assertRefused(() -> update(may, may.getDataFrom(), LocalDate.of(2024, 6, 25)), "period.window.overlap", null);
        assertThat(period(2024, 5).getDataFrom()).as("nothing saved").isEqualTo(LocalDate.of(2024, 5, 21));
    }

    @Test
    void aGapNextToTheNeighbourIsRefusedNamingTheMissingDays() {
        ReportingPeriod may = period(2024, 5);
        assertRefused(() -> update(may, LocalDate.of(2024, 5, 23), may.getDataTo()), "period.window.gap",
                "Khung số liệu 23/05/2024 – 20/06/2024 của kỳ Tháng 5/2024 để trống các ngày 21/05/2024 – 22/05/2024 "
                        + "so với kỳ Tháng 4/2024 (21/04/2024 – 20/05/2024). "
                        + "Kỳ sau phải bắt đầu ngay ngày sau khi kỳ trước kết thúc.");
        assertRefused(() -> update(may, may.getDataFrom(), LocalDate.of(2024, 6, 18)), "period.window.gap", null);
        ReportingPeriod april = period(2024, 4);
        assertRefused(() -> update(april, LocalDate.of(2024, 4, 22), april.getDataTo()), "period.window.gap",
                "Khung số liệu 22/04/2024 – 20/05/2024 của kỳ Tháng 4/2024 để trống các ngày 21/04/2024 – 21/04/2024 "
                        + "so với kỳ Tháng 3/2024 (21/03/2024 – 20/04/2024). "
                        + "Kỳ sau phải bắt đầu ngay ngày sau khi kỳ trước kết thúc.");
    }

    @Test
    void anAdjacentWindowIsAccepted() {
        ReportingPeriod newest = period(2026, 11); // no period after it yet
        // other tests of the run hand reports in for it; inside this rolled-back transaction they are drafts again
        jdbc.update("UPDATE report SET status = 'DRAFT' WHERE period_id = ?", newest.getId());
        update(newest, newest.getDataFrom(), LocalDate.of(2026, 12, 22));
        assertThat(period(2026, 11).getDataTo()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(service.generate(YearMonth.of(2026, 12), YearMonth.of(2026, 12))).singleElement()
                .satisfies(december -> assertThat(december.getDataFrom()).as("the new period follows the edited one")
                        .isEqualTo(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void aWindowWithHandedInReportsIsNotMoved() {
        ReportingPeriod july = period(2024, 7); // approved seed reports
        assertRefused(() -> update(july, LocalDate.of(2024, 7, 21), july.getDataTo()), "admin.period.windowLocked",
                "Kỳ Tháng 7/2024 đã có báo cáo được nộp: không thể đổi khung thời gian số liệu.");
    }

    /**
     * An old database may hold a period that overlaps its neighbour (a demo database from before issue 11: Tháng
     * 4/2024 on 15/3–14/4/2024 over the seed Tháng 3/2024). That old clash blocks nothing else: the period next to
     * it can be edited to fit it, and the old period's deadline and notes stay editable; only a new window of its own
     * must fit.
     */
    @Test
    void anEditNextToAnOldOverlappingNeighbour() {
        ReportingPeriod april = period(2024, 4);
        april.setDataFrom(LocalDate.of(2024, 3, 15)); // as the decree's window left it; rolled back
        april.setDataTo(LocalDate.of(2024, 4, 14));

        ReportingPeriod may = period(2024, 5);
        update(may, LocalDate.of(2024, 4, 15), may.getDataTo());
        assertThat(period(2024, 5).getDataFrom()).isEqualTo(LocalDate.of(2024, 4, 15));

        service.update(april.getId(), april.getDataFrom(), april.getDataTo(), LocalDate.of(2024, 4, 19), "Hạn mới");
        assertThat(period(2024, 4).getDeadline()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertRefused(() -> update(april, LocalDate.of(2024, 3, 16), april.getDataTo()), "period.window.overlap", null);
    }

    @Test
    void generationRefusesAMonthWithoutRoomAndCreatesNothing() {
        ReportingPeriod february = service.generate(YearMonth.of(2027, 2), YearMonth.of(2027, 2)).getFirst();
        assertThat(february.getDataFrom()).as("Tháng 1/2027 missing: from the day after the 20th")
                .isEqualTo(LocalDate.of(2027, 2, 21));
        update(february, LocalDate.of(2026, 12, 21), february.getDataTo()); // takes the days of 12/2026 and 1/2027
        assertRefused(() -> service.generate(YearMonth.of(2026, 12), YearMonth.of(2027, 1)), "period.window.noRoom",
                "Không tạo được kỳ Tháng 12/2026: các kỳ liền kề đã dùng hết các ngày, không còn khung số liệu nào cho kỳ này.");
        assertThat(periods.findByYearAndMonth(2026, 12)).isEmpty();
        assertThat(periodService.ensureMonthlyPeriodsThrough(YearMonth.of(2027, 1))).as("start-up skips, never fails")
                .isEmpty();
    }
}
