package vn.cds.baocao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.IndicatorForm;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitNameHistory;
import vn.cds.baocao.organization.domain.UnitRows;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitHistory.LineageEntry;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.AgencySettings.AgencyProfile;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.review.service.CompletenessBoard;
import vn.cds.baocao.review.service.CompletenessService;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SeedCsv;
import vn.cds.baocao.support.SignIn;

/**
 * The province's real 2025 reorganisation, as the reference data holds it (changes/063-reorganisation-2025.xml):
 * Sở TT&TT merged into Sở KH&CN on 1/3/2025; the 11 district People's Committees ended on 30/6/2025 (communes
 * report from 1/7/2025); the province is Đồng Nai from 1/7/2025 and the agency settings follow. Past periods keep
 * their units and names; a commune an administrator adds reports from July 2025. The commune part happens in this
 * test's transaction, which is rolled back: the shared demo data stays.
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
    IndicatorAdminService indicatorAdmin;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PeriodCatalogRefresh catalogRefresh;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    UnitRows unitRows;
    @Autowired
    CompletenessService completeness;
    @Autowired
    UnitReportOverview overview;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sởTTTTEndsOn28February2025AndSởKHCNCarriesOn() {
        Unit tttt = unit("SO_TTTT");
        Unit khcn = unit("SO_KHCN");
        assertThat(tttt.getValidTo()).isEqualTo(MERGE_DAY.minusDays(1));
        assertThat(tttt.getSuccessor()).isEqualTo(khcn);
        assertThat(khcn.getValidTo()).isNull();
        assertThat(history.currentSuccessor(tttt)).isEqualTo(khcn);
        assertThat(history.lineage(khcn).predecessors()).extracting(LineageEntry::code).containsExactly("SO_TTTT");
        assertThat(history.historyUnitIds(khcn)).containsExactlyInAnyOrder(khcn.getId(), tttt.getId());
        // what Sở TT&TT reported, Sở KH&CN reports: no indicator or exemption names Sở TT&TT alone
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_unit_exemption WHERE unit_id = ?",
                Long.class, tttt.getId())).isZero();
        ReportingPeriod february = period(2025, 2);
        ReportingPeriod march = period(2025, 3);
        assertThat(catalog.forUnit(khcn, march)).extracting(Indicator::getCode)
                .containsExactlyElementsOf(catalog.forUnit(tttt, february).stream().map(Indicator::getCode).toList());
    }

    @Test
    void theDistrictsEndOn30June2025WithoutASuccessor() {
        for (String code : DISTRICTS) {
            Unit district = unit(code);
            assertThat(district.getValidTo()).as(code).isEqualTo(LAST_DISTRICT_DAY);
            assertThat(district.getSuccessor()).as(code).isNull();
        }
    }

    @Test
    void aPeriodOf2026AsksOnlyTheUnitsThatExist() {
        ReportingPeriod november2026 = period(2026, 11);
        List<String> reporting = codes(history.reportingUnits(november2026.getDataTo()));
        assertThat(reporting).doesNotContainAnyElementsOf(DISTRICTS).doesNotContain("SO_TTTT")
                .contains("SO_KHCN", "SO_GDDT", "VP_UBND_TINH", "UBND_TINH_BINH_PHUOC", "TOAN_TINH");
        assertThat(provinceUnits(reporting)).as("33 units before 2025, minus Sở TT&TT and the 11 districts, "
                + "plus UBND tỉnh and the province-wide figures").hasSize(35 - 1 - 11);

        // the catalog, the completeness board and the deadline notices all read who is expected from here
        PeriodApplicability who = catalog.of(november2026, unitRows.all());
        assertThat(who.reportingUnits()).extracting(UnitSummary::code).doesNotContainAnyElementsOf(DISTRICTS)
                .doesNotContain("SO_TTTT").contains("SO_KHCN");
        assertThat(who.expected(unit("SO_KHCN").getId())).isTrue();
        assertThat(who.expected(unit("UBND_BU_DANG").getId())).isFalse();
        assertThat(who.expected(unit("SO_TTTT").getId())).isFalse();

        signIn.as("reviewer");
        try {
            CompletenessBoard board = completeness.board(YearMonth.of(2026, 11), YearMonth.of(2026, 11), null);
            assertThat(board.rows()).extracting(row -> row.unit().getCode())
                    .doesNotContainAnyElementsOf(DISTRICTS).doesNotContain("SO_TTTT").contains("SO_KHCN");
        } finally {
            signIn.out();
        }
        for (YearMonth month = YearMonth.of(2025, 7); !month.isAfter(YearMonth.of(2026, 11)); month = month.plusMonths(1)) {
            assertThat(codes(history.reportingUnits(period(month.getYear(), month.getMonthValue()).getDataTo())))
                    .as(month.toString()).doesNotContainAnyElementsOf(DISTRICTS).doesNotContain("SO_TTTT")
                    .contains("SO_KHCN");
        }
    }

    @Test
    void theReportersOfEndedUnitsSeeOnlyThePeriodsOfTheirUnitsLifetime() {
        assertThat(periodsOf("dv.so_tttt")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.period().getDataTo()).isBeforeOrEqualTo(MERGE_DAY.minusDays(1)));
        assertThat(periodsOf("dv.ubnd_bu_dang")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.period().getDataTo()).isBeforeOrEqualTo(LAST_DISTRICT_DAY));
        assertThat(periodsOf("dv.so_khcn")).extracting(row -> row.period().yearMonth())
                .contains(YearMonth.of(2026, 11), YearMonth.of(2025, 3), YearMonth.of(2024, 3));
    }

    @Test
    void aPeriodOf2024StillAsksTheDistrictsAndSởTTTTWithTheirOldNames() {
        ReportingPeriod april2024 = period(2024, 4);
        List<String> reporting = codes(history.reportingUnits(april2024.getDataTo()));
        assertThat(reporting).containsAll(DISTRICTS).contains("SO_TTTT", "SO_KHCN");
        assertThat(provinceUnits(reporting)).hasSize(35);
        LocalDate day = april2024.getDataTo();
        assertThat(history.nameOn(unit("SO_TTTT"), day).fullName()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(history.nameOn(unit("UBND_DONG_XOAI"), day).fullName()).isEqualTo("UBND thành phố Đồng Xoài");
        assertThat(history.nameOn(unit("UBND_TINH_BINH_PHUOC"), day).fullName()).isEqualTo("UBND tỉnh Bình Phước");
        assertThat(history.nameOn(unit("CONG_AN_TINH"), day).fullName()).isEqualTo("Công an tỉnh Bình Phước");
        // the seed reports stay with their units
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report r JOIN unit u ON u.id = r.unit_id JOIN reporting_period p ON p.id = r.period_id
                WHERE r.status = 'APPROVED' AND p.period_year = 2024 AND p.period_month = 7
                  AND (u.code = 'SO_TTTT' OR u.type_code = 'DISTRICT')""", Long.class)).isEqualTo(12);
        // on the province's rhythm Tháng 5/2025 (to 20/6/2025) is the districts' last period; Tháng 6/2025 runs to 20/7
        ReportingPeriod may2025 = period(2025, 5);
        assertThat(codes(history.reportingUnits(may2025.getDataTo()))).containsAll(DISTRICTS)
                .doesNotContain("SO_TTTT");
        assertThat(codes(history.reportingUnits(period(2025, 6).getDataTo()))).doesNotContainAnyElementsOf(DISTRICTS);
    }

    @Test
    void unitsNamedAfterBìnhPhướcCarryĐồngNaisNameFromJuly2025() {
        Unit province = unit("UBND_TINH_BINH_PHUOC");
        assertThat(province.getFullName()).isEqualTo("UBND tỉnh Đồng Nai");
        assertThat(history.nameOn(province, LAST_DISTRICT_DAY).fullName()).isEqualTo("UBND tỉnh Bình Phước");
        assertThat(history.nameOn(province, LAST_DISTRICT_DAY.plusDays(1)).shortName()).isEqualTo("UBND tỉnh Đồng Nai");
        assertThat(unit("VP_UBND_TINH").getFullName()).isEqualTo("Văn phòng UBND tỉnh Đồng Nai");
        assertThat(unit("CONG_AN_TINH").getFullName()).isEqualTo("Công an tỉnh Đồng Nai");
        assertThat(unit("TT_XTDT_TMDL").getFullName())
                .isEqualTo("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Đồng Nai");
        List<UnitNameHistory> earlier = history.earlierNames(province);
        assertThat(earlier).hasSize(1);
        assertThat(earlier.getFirst().getValidFrom()).isEqualTo(province.getValidFrom());
        assertThat(earlier.getFirst().getValidTo()).isEqualTo(LAST_DISTRICT_DAY);
        assertThat(jdbc.queryForList("SELECT alias FROM unit_alias WHERE unit_id = ?", String.class, province.getId()))
                .contains("UBND tỉnh Bình Phước", "UBND tỉnh Đồng Nai");
        // names without the province's name stay
        assertThat(unit("SO_GDDT").getFullName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(history.earlierNames(unit("SO_GDDT"))).isEmpty();
    }

    @Test
    void theAgencySettingsOfEachEra() {
        AgencyProfile beforeMerge = settings.on(LocalDate.of(2025, 2, 15));
        assertThat(beforeMerge.reviewingAgency()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(beforeMerge.reviewingAgencyShort()).isEqualTo("Sở TT&TT");
        assertThat(beforeMerge.provinceName()).isEqualTo("Bình Phước");
        assertThat(settings.reportNumber(3, LocalDate.of(2025, 2, 15))).isEqualTo("03/BC-STTTT");

        AgencyProfile afterMerge = settings.on(LocalDate.of(2025, 3, 15));
        assertThat(afterMerge.reviewingAgency()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(afterMerge.reviewingAgencyShort()).isEqualTo("Sở KH&CN");
        assertThat(afterMerge.provinceName()).isEqualTo("Bình Phước");
        assertThat(afterMerge.provinceCommittee()).isEqualTo("UBND tỉnh Bình Phước");
        assertThat(settings.reportNumber(3, LocalDate.of(2025, 3, 15))).isEqualTo("03/BC-SKHCN");

        AgencyProfile dongNai = settings.on(LocalDate.of(2025, 7, 15));
        assertThat(dongNai.provinceName()).isEqualTo("Đồng Nai");
        assertThat(dongNai.provinceCommittee()).isEqualTo("UBND tỉnh Đồng Nai");
        assertThat(dongNai.steeringCommittee()).isEqualTo("Ban Chỉ đạo về chuyển đổi số tỉnh Đồng Nai");
        assertThat(dongNai.reviewingAgency()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(dongNai.reviewingAgencyShort()).isEqualTo("Sở KH&CN");
        assertThat(settings.reportNumber(3, LocalDate.of(2025, 7, 15))).isEqualTo("03/BC-SKHCN");
        assertThat(settings.on(LocalDate.of(2024, 4, 22)).steeringCommittee())
                .isEqualTo("Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước");
    }

    @Test
    void aCommuneAnAdministratorAddsReportsFromJuly2025() {
        forgetReportsOtherTestsMadeInAugust2025();
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
        assertThat(codes(history.reportingUnits(august2025.getDataTo()))).contains("UBND_PHUONG_DONG_XOAI");
        // Tháng 5/2025 ends 20/6/2025, before the commune exists; Tháng 6/2025 (21/6–20/7) is its first period
        assertThat(codes(history.reportingUnits(period(2025, 5).getDataTo()))).doesNotContain("UBND_PHUONG_DONG_XOAI");
        assertThat(codes(history.reportingUnits(period(2025, 6).getDataTo()))).contains("UBND_PHUONG_DONG_XOAI");
    }

    /**
     * Inside this test's rolled-back transaction only: other tests' reports in August 2025, whose catalog this test
     * refreshes (which needs a period nobody has submitted in).
     */
    private void forgetReportsOtherTestsMadeInAugust2025() {
        jdbc.update("""
                DELETE r FROM report r JOIN reporting_period p ON p.id = r.period_id
                WHERE p.period_year = 2025 AND p.period_month = 8 AND r.created_by <> 'system'""");
    }

    private List<PeriodRow> periodsOf(String reporter) {
        signIn.as(reporter);
        try {
            return overview.myPeriods();
        } finally {
            signIn.out();
        }
    }

    /** The province's own units among {@code codes} (other tests add units of their own to the shared database). */
    private static List<String> provinceUnits(List<String> codes) {
        Set<String> province = SeedCsv.read("reference/units.csv").stream().map(u -> u.get("code"))
                .collect(Collectors.toSet());
        return codes.stream().filter(province::contains).toList();
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
