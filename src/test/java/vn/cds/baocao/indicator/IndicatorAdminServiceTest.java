package vn.cds.baocao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.exchange.service.ApiDataService;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.IndicatorForm;
import vn.cds.baocao.indicator.service.IndicatorAdminService.TargetForm;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.indicator.service.PeriodCatalogSnapshots;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;

/** The catalog changes for later periods only; figures already stored keep their meaning. */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class IndicatorAdminServiceTest {

    @Autowired
    IndicatorAdminService service;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PeriodCatalogSnapshots snapshots;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    UnitRepository units;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    AdminAuditRepository auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiDataService api;

    @Test
    void everyApprovedDemoValueBelongsToItsPeriodsCatalog() {
        Integer outside = jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_value v JOIN report r ON r.id = v.report_id
                WHERE NOT EXISTS (SELECT 1 FROM period_indicator pi
                                  WHERE pi.period_id = r.period_id AND pi.indicator_id = v.indicator_id)""",
                Integer.class);
        assertThat(outside).isZero();
        Integer periodsWithoutCatalog = jdbc.queryForObject("""
                SELECT COUNT(*) FROM reporting_period p
                WHERE NOT EXISTS (SELECT 1 FROM period_indicator pi WHERE pi.period_id = p.id)""", Integer.class);
        assertThat(periodsWithoutCatalog).as("every period stored its catalog when it opened").isZero();
    }

    @Test
    void aPeriodKeepsTheCatalogItOpenedWith() {
        ReportingPeriod march2024 = periods.findByYearAndMonth(2024, 3).orElseThrow();
        Unit finance = units.findByCode("SO_TAI_CHINH").orElseThrow();
        Unit gddt = units.findByCode("SO_GDDT").orElseThrow();
        List<String> before = codes(catalog.forPeriod(march2024));
        List<String> gddtBefore = codes(catalog.forUnit(gddt, march2024));

        Indicator added = service.create(form("cds_new_count", ValueType.COUNT, LocalDate.of(2020, 1, 1)));
        assertThat(added.getSwingFloor()).as("the swing floor is stored").isEqualByComparingTo("50");
        Indicator dvc = indicators.findByCode("dvc_online_rate_pct").orElseThrow();
        IndicatorForm dvcForm = IndicatorForm.of(dvc);
        service.update(dvc.getId(), new IndicatorForm(dvcForm.code(), "APPS", dvcForm.nameVi() + " (sửa tên)",
                dvcForm.shortNameVi(), dvcForm.nameEn(), dvcForm.valueType(), dvcForm.cumulativeRule(),
                dvcForm.cumulativeOfId(), dvcForm.aggregation(), 999, dvcForm.lowerBound(), dvcForm.upperBound(),
                dvcForm.required(), dvcForm.swingThreshold(), dvcForm.swingFloor(), dvcForm.higherIsBetter(), dvcForm.validFrom(),
                Set.of("DISTRICT"), Set.of()));
        service.retire(indicators.findByCode("esigned_doc_pct").orElseThrow().getId(), LocalDate.of(2022, 12, 31));

        assertThat(codes(catalog.forPeriod(march2024))).as("same indicators, same order").isEqualTo(before)
                .doesNotContain("cds_new_count");
        assertThat(codes(catalog.forUnit(gddt, march2024))).as("Sở GD&ĐT still reported the DVC rate then")
                .isEqualTo(gddtBefore).contains("dvc_online_rate_pct");
        assertThat(codes(catalog.forUnit(finance, march2024))).doesNotContain("dvc_online_rate_pct");
        CatalogEntry dvcEntry = catalog.entries(march2024).stream()
                .filter(e -> e.indicator().getCode().equals("dvc_online_rate_pct")).findFirst().orElseThrow();
        assertThat(dvcEntry.section().getCode()).as("the section it had then").isEqualTo("DVC");
        assertThat(dvcEntry.unitTypeCodes()).contains(gddt.getType().getCode()).isNotEqualTo(Set.of("DISTRICT"));
        assertThat(apiUnitTypes("2024-03", "dvc_online_rate_pct")).as("the API lists the unit types of then too")
                .isEqualTo(dvcEntry.unitTypeCodes().stream().sorted().toList());

        // a period created now takes the catalog as it is now
        ReportingPeriod fresh = periods.save(new ReportingPeriod(java.time.YearMonth.of(2030, 1), "Tháng 1/2030",
                LocalDate.of(2029, 12, 15), LocalDate.of(2030, 1, 14), LocalDate.of(2030, 1, 17)));
        snapshots.snapshot(fresh);
        assertThat(codes(catalog.forPeriod(fresh))).contains("cds_new_count").doesNotContain("esigned_doc_pct");
        assertThat(codes(catalog.forUnit(gddt, fresh))).doesNotContain("dvc_online_rate_pct");
        assertThat(added.getId()).isNotNull();
    }

    /** The unit types of an indicator in the API's catalog packet of a period, signed in as an API client. */
    private List<String> apiUnitTypes(String periodCode, String indicatorCode) {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "api-client", "n/a", List.of(new SimpleGrantedAuthority("ROLE_API"))));
        try {
            return api.indicators(periodCode).data().stream().filter(i -> i.code().equals(indicatorCode))
                    .findFirst().orElseThrow().unitTypes();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }

    @Test
    void whatWouldReinterpretStoredValuesIsRefused() {
        Indicator dvc = indicators.findByCode("dvc_online_rate_pct").orElseThrow();
        assertThat(service.hasStoredValues(dvc.getId())).isTrue();
        IndicatorForm f = IndicatorForm.of(dvc);
        assertRefused(() -> service.update(dvc.getId(), new IndicatorForm(f.code(), f.sectionCode(), f.nameVi(),
                        f.shortNameVi(), f.nameEn(), ValueType.COUNT, f.cumulativeRule(), f.cumulativeOfId(),
                        f.aggregation(), f.displayOrder(), null, null, f.required(), f.swingThreshold(),
                        f.swingFloor(), f.higherIsBetter(), f.validFrom(), f.unitTypeCodes(), f.exemptUnitIds())),
                "admin.indicator.lockedByValues",
                "Không thể đổi \"Kiểu số liệu\" của chỉ tiêu \"Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến\" "
                        + "vì đã có số liệu được lưu theo cách hiểu hiện tại. Hãy ngừng áp dụng chỉ tiêu này và tạo một chỉ tiêu mới.");
        assertRefused(() -> service.update(dvc.getId(), new IndicatorForm(f.code(), f.sectionCode(), f.nameVi(),
                        f.shortNameVi(), f.nameEn(), f.valueType(), f.cumulativeRule(), f.cumulativeOfId(),
                        Aggregation.SUM, f.displayOrder(), f.lowerBound(), f.upperBound(), f.required(),
                        f.swingThreshold(), f.swingFloor(), f.higherIsBetter(), f.validFrom(), f.unitTypeCodes(),
                        f.exemptUnitIds())),
                "admin.indicator.lockedByValues", null);

        // a new indicator without values may still change its type
        Indicator fresh = service.create(form("cds_type_change", ValueType.COUNT, LocalDate.of(2025, 1, 1)));
        service.update(fresh.getId(), withType(IndicatorForm.of(fresh), ValueType.MONEY));
        assertThat(indicators.findById(fresh.getId()).orElseThrow().getValueType()).isEqualTo(ValueType.MONEY);
    }

    @Test
    void badIndicatorInputIsRefused() {
        assertRefused(() -> service.create(form("dvc_online_rate_pct", ValueType.PERCENT, LocalDate.of(2025, 1, 1))),
                "admin.indicator.duplicateCode", "Mã chỉ tiêu \"dvc_online_rate_pct\" đã được dùng.");
        assertRefused(() -> service.create(form("Mã Sai", ValueType.COUNT, LocalDate.of(2025, 1, 1))),
                "admin.indicator.badCode", null);
        IndicatorForm noTypes = form("cds_no_types", ValueType.COUNT, LocalDate.of(2025, 1, 1));
        assertRefused(() -> service.create(new IndicatorForm(noTypes.code(), "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.NONE, null, Aggregation.SUM, 10, BigDecimal.TEN, BigDecimal.ONE,
                true, null, null, true, LocalDate.of(2025, 1, 1), Set.of("DEPARTMENT"), Set.of())),
                "admin.indicator.boundsReversed", "Giá trị nhỏ nhất (10) không được lớn hơn giá trị lớn nhất (1).");
        assertRefused(() -> service.create(new IndicatorForm("cds_no_types", "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.NONE, null, Aggregation.SUM, 10, null, null, true, null, null, true,
                LocalDate.of(2025, 1, 1), Set.of(), Set.of())), "admin.indicator.unitTypesRequired", null);
        assertRefused(() -> service.create(new IndicatorForm("cds_running", "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.RUNNING_TOTAL, null, Aggregation.SUM, 10, null, null, true, null,
                null, true, LocalDate.of(2025, 1, 1), Set.of("DEPARTMENT"), Set.of())),
                "admin.indicator.cumulativeOfRequired", null);
        assertRefused(() -> service.create(new IndicatorForm("cds_swing", "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.NONE, null, Aggregation.SUM, 10, null, null, true,
                BigDecimal.ZERO, null, true, LocalDate.of(2025, 1, 1), Set.of("DEPARTMENT"), Set.of())),
                "admin.indicator.swingNotPositive", null);
        assertRefused(() -> service.create(new IndicatorForm("cds_floor", "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.NONE, null, Aggregation.SUM, 10, null, null, true,
                new BigDecimal("3"), new BigDecimal("-1"), true, LocalDate.of(2025, 1, 1), Set.of("DEPARTMENT"),
                Set.of())), "admin.indicator.swingFloorNegative", "Ngưỡng thay đổi tối thiểu không được âm.");
        assertRefused(() -> service.create(new IndicatorForm("cds_floor", "DVC", "Tên", "Tên", "Name",
                ValueType.COUNT, CumulativeRule.NONE, null, Aggregation.SUM, 10, null, null, true,
                new BigDecimal("3"), new BigDecimal("2.5"), true, LocalDate.of(2025, 1, 1), Set.of("DEPARTMENT"),
                Set.of())), "admin.indicator.swingFloorWhole", null);
        Indicator fresh = service.create(form("cds_retire", ValueType.COUNT, LocalDate.of(2025, 1, 1)));
        assertRefused(() -> service.retire(fresh.getId(), LocalDate.of(2024, 12, 31)),
                "admin.indicator.retireBeforeStart", null);
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.INDICATOR, "cds_retire"))
                .extracting(e -> e.getAction()).containsExactly(AuditAction.INDICATOR_CREATE);
    }

    @Test
    void targetsOfYearsWithApprovedReportsKeepTheirVerdicts() {
        Indicator dvc = indicators.findByCode("dvc_online_rate_pct").orElseThrow();
        Target target2024 = service.targets().stream()
                .filter(t -> t.indicatorCode().equals("dvc_online_rate_pct") && t.year() == 2024)
                .findFirst().map(t -> service.updateTarget(t.id(), new TargetForm(2024, Comparator.GE,
                        new BigDecimal("80"), null, "Chỉ tiêu Ủy ban quốc gia về chuyển đổi số (bổ sung căn cứ)")))
                .orElseThrow();
        assertThat(target2024.getSource()).endsWith("(bổ sung căn cứ)");
        assertRefused(() -> service.updateTarget(target2024.getId(), new TargetForm(2024, Comparator.GE,
                new BigDecimal("90"), null, "Nâng chỉ tiêu")), "admin.target.approvedHistory", null);
        assertRefused(() -> service.deleteTarget(target2024.getId()), "admin.target.approvedHistory", null);

        // a year no report has been approved in yet (other tests approve reports of the current year)
        Target target2027 = service.addTarget(dvc.getId(), new TargetForm(2027, Comparator.GE, new BigDecimal("100"),
                "DISTRICT", "Kế hoạch năm 2027"));
        service.updateTarget(target2027.getId(), new TargetForm(2027, Comparator.GE, new BigDecimal("95"), "DISTRICT",
                "Kế hoạch năm 2027 (điều chỉnh)"));
        assertRefused(() -> service.addTarget(dvc.getId(), new TargetForm(2027, Comparator.GE, BigDecimal.TEN,
                "DISTRICT", "Trùng")), "admin.target.duplicate", null);
        assertRefused(() -> service.addTarget(dvc.getId(), new TargetForm(2027, Comparator.GE, BigDecimal.TEN,
                "PROVINCE", "Loại đơn vị không báo cáo")), "admin.target.unitTypeNotReporting", null);
        assertRefused(() -> service.addTarget(dvc.getId(), new TargetForm(2026, Comparator.GE,
                new BigDecimal("150"), null, "Ngoài giới hạn")), "admin.target.outOfBounds", null);
        assertRefused(() -> service.addTarget(dvc.getId(), new TargetForm(1999, Comparator.GE, BigDecimal.TEN,
                null, "Năm sai")), "admin.target.badYear", "Năm phải từ 2000 đến 2100.");
        assertRefused(() -> service.addTarget(dvc.getId(), new TargetForm(2027, Comparator.GE, BigDecimal.TEN,
                null, " ")), "admin.required", null);
        service.deleteTarget(target2027.getId());
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.TARGET,
                "dvc_online_rate_pct 2027 DISTRICT")).extracting(e -> e.getAction())
                .containsExactly(AuditAction.TARGET_CREATE, AuditAction.TARGET_UPDATE, AuditAction.TARGET_DELETE);
    }

    @Test
    void sectionsCanBeAddedAndReordered() {
        service.createSection("chatbot", "Trợ lý ảo", "Virtual assistant", 9);
        assertThat(service.sections()).extracting(s -> s.getCode()).endsWith("CHATBOT");
        service.updateSection("CHATBOT", "Trợ lý ảo tỉnh", "Provincial virtual assistant", 0);
        assertThat(service.sections().getFirst().getNameVi()).isEqualTo("Trợ lý ảo tỉnh");
        assertRefused(() -> service.createSection("DVC", "Trùng", "Duplicate", 1), "admin.section.duplicateCode", null);
    }

    private static IndicatorForm form(String code, ValueType type, LocalDate validFrom) {
        return new IndicatorForm(code, "DVC", "Chỉ tiêu thử " + code, "Thử", "Test " + code, type, CumulativeRule.NONE,
                null, Aggregation.SUM, 500, BigDecimal.ZERO, null, true, new BigDecimal("3"), new BigDecimal("50"), true,
                validFrom,
                Set.of("DEPARTMENT", "DISTRICT"), Set.of());
    }

    private static IndicatorForm withType(IndicatorForm f, ValueType type) {
        return new IndicatorForm(f.code(), f.sectionCode(), f.nameVi(), f.shortNameVi(), f.nameEn(), type,
                f.cumulativeRule(), f.cumulativeOfId(), f.aggregation(), f.displayOrder(), f.lowerBound(),
                f.upperBound(), f.required(), f.swingThreshold(), f.swingFloor(), f.higherIsBetter(), f.validFrom(),
                f.unitTypeCodes(), f.exemptUnitIds());
    }

    private static List<String> codes(List<Indicator> list) {
        return list.stream().map(Indicator::getCode).toList();
    }
}
