package vn.cds.baocao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.IndicatorForm;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitHistory.LineageEntry;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.PeriodAdminService;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SeedCsv;
import vn.cds.baocao.support.TestClock;

/**
 * The province's real 2025 reorganisation, done the way docs/administration.md tells an administrator to do it:
 * Sở TT&TT merges into Sở KH&CN on 1/3/2025; the 11 district People's Committees end on 30/6/2025 (communes
 * report from 1/7/2025); the agency settings follow. No approved figure of an earlier period changes or moves to
 * another unit. Everything happens in this test's transaction, which is rolled back: the shared demo data stays.
 */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class Reorganisation2025Test {

    private static final LocalDate MERGE_DAY = LocalDate.of(2025, 3, 1);
    private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);
    private static final List<String> DISTRICTS = List.of("UBND_DONG_XOAI", "UBND_DONG_PHU", "UBND_CHON_THANH",
            "UBND_BINH_LONG", "UBND_PHUOC_LONG", "UBND_HON_QUAN", "UBND_PHU_RIENG", "UBND_BU_DOP", "UBND_BU_GIA_MAP",
            "UBND_LOC_NINH", "UBND_BU_DANG");

    @Autowired
    UnitAdminService unitAdmin;
    @Autowired
    UnitHistory history;
    @Autowired
    UnitRepository units;
    @Autowired
    AgencySettings settings;
    @Autowired
    PeriodAdminService periodAdmin;
    @Autowired
    IndicatorAdminService indicatorAdmin;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PeriodCatalogRefresh catalogRefresh;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    AppUserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromTheSeedEraStructureToThePost2025OneWithoutLosingAFigure() {
        forgetReportsOtherTestsMadeAfterTheReorganisation();
        List<String> approvedBefore = approvedValues();
        assertThat(approvedBefore).hasSizeGreaterThan(500);
        assertThat(approvedBefore).anyMatch(v -> v.startsWith("SO_TTTT|2024-03|"))
                .anyMatch(v -> v.startsWith("UBND_BU_DANG|2024-07|"));
        // counted over the province's own units: other tests add units of their own to the shared database
        Set<String> provinceUnits = new HashSet<>(SeedCsv.read("reference/units.csv").stream()
                .map(u -> u.get("code")).toList());
        provinceUnits.add("UBND_PHUONG_DONG_XOAI");
        // on the province's rhythm Tháng 1/2025 ends 20/2/2025, the last cut-off before the merge (Tháng 2/2025 runs
        // 21/2–20/3/2025); Tháng 5/2025 (to 20/6) is the districts' last period, Tháng 6/2025 (to 20/7) the communes' first
        long reportingInFebruary = codes(history.reportingUnits(period(2025, 1).getDataTo())).stream()
                .filter(provinceUnits::contains).count();

        // 1. February 2025: the merge of Sở TT&TT into Sở KH&CN from 1/3/2025, and the new reviewing agency
        clock.set(LocalDate.of(2025, 2, 20).atTime(9, 0));
        Unit tttt = unit("SO_TTTT");
        Unit khcn = unit("SO_KHCN");
        unitAdmin.merge(List.of(tttt.getId()), khcn.getId(), MERGE_DAY, true);
        settings.change(AgencySettingKey.REVIEWING_AGENCY, "Sở Khoa học và Công nghệ", MERGE_DAY);
        settings.change(AgencySettingKey.REVIEWING_AGENCY_SHORT, "Sở KH&CN", MERGE_DAY);
        settings.change(AgencySettingKey.REPORT_NUMBER_TEMPLATE, "{so}/BC-SKHCN", MERGE_DAY);

        // 2. June 2025: the district level ends on 30/6/2025; the province becomes Đồng Nai from 1/7/2025
        clock.set(LocalDate.of(2025, 6, 20).atTime(9, 0));
        for (String district : DISTRICTS) {
            unitAdmin.deactivate(unit(district).getId(), LAST_DISTRICT_DAY,
                    "Kết thúc hoạt động của chính quyền địa phương cấp huyện từ 01/7/2025");
        }
        settings.change(AgencySettingKey.PROVINCE_NAME, "Đồng Nai", LAST_DISTRICT_DAY.plusDays(1));
        settings.change(AgencySettingKey.PROVINCE_COMMITTEE, "UBND tỉnh Đồng Nai", LAST_DISTRICT_DAY.plusDays(1));

        // 3. A commune reports from 1/7/2025, on the indicators extended to communes
        Unit commune = unitAdmin.create(new NewUnit("UBND_PHUONG_DONG_XOAI", "UBND phường Đồng Xoài",
                "UBND P.Đồng Xoài", "COMMUNE", null, LAST_DISTRICT_DAY.plusDays(1), null, null));
        Indicator dvcRate = indicatorOf("dvc_online_rate_pct");
        IndicatorForm form = IndicatorForm.of(dvcRate);
        Set<String> types = new HashSet<>(form.unitTypeCodes());
        types.add("COMMUNE");
        indicatorAdmin.update(dvcRate.getId(), withUnitTypes(form, types));
        ReportingPeriod august2025 = period(2025, 8);
        assertThat(catalog.forUnit(commune, august2025)).as("the period keeps the catalog it opened with").isEmpty();
        catalogRefresh.refreshCatalog(august2025.getId());
        assertThat(catalog.forUnit(commune, august2025)).extracting(Indicator::getCode).contains("dvc_online_rate_pct");

        // Who reports when
        assertThat(codes(history.reportingUnits(period(2025, 1).getDataTo()))).contains("SO_TTTT", "SO_KHCN")
                .containsAll(DISTRICTS);
        assertThat(codes(history.reportingUnits(period(2025, 2).getDataTo()))).doesNotContain("SO_TTTT")
                .contains("SO_KHCN");
        assertThat(codes(history.reportingUnits(period(2025, 5).getDataTo()))).containsAll(DISTRICTS);
        for (YearMonth month = YearMonth.of(2025, 6); !month.isAfter(YearMonth.of(2026, 11)); month = month.plusMonths(1)) {
            List<String> expected = codes(history.reportingUnits(
                    period(month.getYear(), month.getMonthValue()).getDataTo()));
            assertThat(expected).as(month.toString()).doesNotContainAnyElementsOf(DISTRICTS)
                    .doesNotContain("SO_TTTT").contains("SO_KHCN", "UBND_PHUONG_DONG_XOAI");
        }
        assertThat(codes(history.reportingUnits(period(2025, 8).getDataTo())).stream()
                .filter(provinceUnits::contains).count())
                .isEqualTo(reportingInFebruary - 1 - DISTRICTS.size() + 1);
        assertThat(users.findByUsername("dv.so_tttt").orElseThrow().getUnit().getCode())
                .as("the reporter of Sở TT&TT now works for Sở KH&CN").isEqualTo("SO_KHCN");

        // Lineage: Sở KH&CN's history includes Sở TT&TT's figures, still stored under Sở TT&TT
        assertThat(history.lineage(khcn).predecessors()).extracting(LineageEntry::code).containsExactly("SO_TTTT");
        assertThat(history.historyUnitIds(khcn)).containsExactlyInAnyOrder(khcn.getId(), tttt.getId());
        assertThat(history.nameOn(tttt, period(2024, 3).getDataTo()).fullName())
                .isEqualTo("Sở Thông tin và Truyền thông");

        // Documents of each era carry that era's names and numbering
        assertThat(settings.on(LocalDate.of(2024, 4, 22)).reviewingAgency()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(settings.reportNumber(3, LocalDate.of(2024, 4, 22))).isEqualTo("03/BC-STTTT");
        assertThat(settings.on(MERGE_DAY).reviewingAgency()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(settings.reportNumber(3, LocalDate.of(2025, 4, 21))).isEqualTo("03/BC-SKHCN");
        assertThat(settings.on(LocalDate.of(2025, 6, 30)).provinceName()).isEqualTo("Bình Phước");
        assertThat(settings.on(LocalDate.of(2025, 7, 1)).provinceName()).isEqualTo("Đồng Nai");

        // Not a single historical figure lost, changed or moved to another unit
        assertThat(approvedValues()).containsExactlyElementsOf(approvedBefore);
    }

    /**
     * Other test classes may have created reports for these units in periods after their end (the test clock is
     * in 2026). In 2025 those reports did not exist; they are removed inside this rolled-back transaction only.
     */
    /**
     * Inside this test's rolled-back transaction only: other tests' reports for the merged-away units after their
     * end, and in August 2025 (whose catalog this test refreshes, which needs a period nobody has submitted in).
     */
    private void forgetReportsOtherTestsMadeAfterTheReorganisation() {
        jdbc.update("""
                DELETE r FROM report r JOIN unit u ON u.id = r.unit_id JOIN reporting_period p ON p.id = r.period_id
                WHERE (u.code = 'SO_TTTT' AND p.data_to >= ?) OR (u.type_code = 'DISTRICT' AND p.data_to > ?)
                   OR (p.period_year = 2025 AND p.period_month = 8 AND r.created_by <> 'system')""",
                MERGE_DAY, LAST_DISTRICT_DAY);
    }

    /** Every approved value as "unit|period|indicator|value", in a stable order. */
    private List<String> approvedValues() {
        return jdbc.queryForList("""
                SELECT CONCAT(u.code, '|', p.period_year, '-', LPAD(p.period_month, 2, '0'), '|', i.code, '|',
                              COALESCE(v.numeric_value, ''), '|', COALESCE(v.text_value, ''))
                FROM report_value v JOIN report r ON r.id = v.report_id JOIN unit u ON u.id = r.unit_id
                JOIN reporting_period p ON p.id = r.period_id JOIN indicator i ON i.id = v.indicator_id
                WHERE r.status = 'APPROVED'
                ORDER BY u.code, p.period_year, p.period_month, i.code""", String.class);
    }

    private static IndicatorForm withUnitTypes(IndicatorForm f, Set<String> types) {
        return new IndicatorForm(f.code(), f.sectionCode(), f.nameVi(), f.shortNameVi(), f.nameEn(), f.valueType(),
                f.cumulativeRule(), f.cumulativeOfId(), f.aggregation(), f.displayOrder(), f.lowerBound(),
                f.upperBound(), f.required(), f.swingThreshold(), f.swingFloor(), f.higherIsBetter(), f.validFrom(), types,
                f.exemptUnitIds());
    }

    private Indicator indicatorOf(String code) {
        return indicatorAdmin.indicators().stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private ReportingPeriod period(int year, int month) {
        return periods.findByYearAndMonth(year, month).orElseThrow();
    }

    private static List<String> codes(List<Unit> list) {
        return list.stream().map(Unit::getCode).toList();
    }
}
