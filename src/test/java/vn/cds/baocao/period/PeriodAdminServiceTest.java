package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.AgencySetting;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.PeriodAdminService;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;

/** Periods, deadlines, holidays and agency settings, as an administrator manages them. Rolled back after each test. */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class PeriodAdminServiceTest {

    @Autowired
    PeriodAdminService service;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    AgencySettings settings;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PeriodCatalogRefresh catalogRefresh;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    UnitRepository units;
    @Autowired
    AdminAuditRepository auditLog;

    @Test
    void generatesMonthlyPeriodsOnTheRhythmSkippingWeekendsAndHolidays() {
        // Tết 2027 is not known yet: made-up holidays right after the cut-off of Tháng 12/2026 (Wed 20/1/2027)
        for (int day : new int[] {21, 22, 25}) {
            service.addHoliday(LocalDate.of(2027, 1, day), "Nghỉ bù (thử)");
        }
        List<ReportingPeriod> created = service.generate(YearMonth.of(2026, 11), YearMonth.of(2027, 3));

        assertThat(created).extracting(ReportingPeriod::getLabel)
                .containsExactly("Tháng 12/2026", "Tháng 1/2027", "Tháng 2/2027", "Tháng 3/2027");
        ReportingPeriod december = created.getFirst();
        assertThat(december.getDataFrom()).as("the day after Tháng 11/2026 ends (20/12/2026)")
                .isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(december.getDataTo()).isEqualTo(LocalDate.of(2027, 1, 20));
        // Thu 21/1, Fri 22/1 and Mon 25/1 are holidays, 23-24/1 a weekend: the three working days are 26, 27, 28/1
        assertThat(december.getDeadline()).isEqualTo(LocalDate.of(2027, 1, 28));
        ReportingPeriod january = created.get(1);
        assertThat(january.getDataFrom()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(january.getDataTo()).isEqualTo(LocalDate.of(2027, 2, 20));
        // Sat 20/2/2027 cut-off: Mon 22, Tue 23, Wed 24
        assertThat(january.getDeadline()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(created.get(3).getDataFrom()).isEqualTo(LocalDate.of(2027, 3, 21));
        assertThat(created.get(3).getDataTo()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(created).allMatch(p -> p.getStatus() == PeriodStatus.OPEN);
        assertThat(catalog.hasSnapshot(january)).isTrue();
        assertThat(catalog.forPeriod(january)).extracting(Indicator::getCode).as("the indicators valid on its cut-off day")
                .containsExactlyInAnyOrderElementsOf(ReferenceData.indicatorCodesValidOn(january.getDataTo()));
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.PERIOD, "Tháng 11/2026 – Tháng 3/2027")
                .getFirst().getDetails()).contains("Tháng 12/2026, Tháng 1/2027, Tháng 2/2027, Tháng 3/2027");

        assertThat(service.generate(YearMonth.of(2026, 12), YearMonth.of(2027, 1))).as("nothing twice").isEmpty();
    }

    @Test
    void theConfiguredCutOffDayApplies() {
        settings.change(AgencySettingKey.PERIOD_CUT_OFF_DAY, "25", LocalDate.of(2027, 1, 1));
        List<ReportingPeriod> created = service.generate(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(created.getFirst().getDataTo()).as("Tháng 12/2026 ends in January 2027: the new day")
                .isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(created.get(1).getDataFrom()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(created.get(1).getDataTo()).isEqualTo(LocalDate.of(2027, 2, 25));
        assertRefused(() -> settings.change(AgencySettingKey.PERIOD_CUT_OFF_DAY, "31", LocalDate.of(2027, 1, 1)),
                "period.settings.badCutOffDay", "Ngày chốt số liệu phải là số nguyên từ 1 đến 28.");
        assertRefused(() -> settings.change(AgencySettingKey.PERIOD_CUT_OFF_DAY, "hai mươi", LocalDate.of(2027, 1, 1)),
                "period.settings.badCutOffDay", null);
    }

    @Test
    void theConfiguredNumberOfWorkingDaysApplies() {
        settings.change(AgencySettingKey.DEADLINE_WORKING_DAYS, "5", LocalDate.of(2027, 1, 1));
        assertThat(service.suggestedDeadline(LocalDate.of(2027, 1, 14))).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(service.suggestedDeadline(LocalDate.of(2026, 12, 14))).as("3 days before the change")
                .isEqualTo(LocalDate.of(2026, 12, 17));
        assertRefused(() -> settings.change(AgencySettingKey.DEADLINE_WORKING_DAYS, "0", LocalDate.of(2027, 1, 1)),
                "admin.settings.badWorkingDays", "Số ngày làm việc phải là số nguyên từ 1 đến 30.");
        assertRefused(() -> settings.change(AgencySettingKey.DEADLINE_WORKING_DAYS, "ba", LocalDate.of(2027, 1, 1)),
                "admin.settings.badWorkingDays", null);
    }

    @Test
    void generationRefusals() {
        assertRefused(() -> service.generate(YearMonth.of(2027, 3), YearMonth.of(2027, 1)),
                "admin.period.monthsReversed", "Tháng kết thúc không được trước tháng bắt đầu.");
        assertRefused(() -> service.generate(YearMonth.of(2027, 1), YearMonth.of(2032, 1)),
                "admin.period.tooManyMonths", "Mỗi lần chỉ tạo tối đa 60 kỳ báo cáo.");
        assertRefused(() -> service.generate(null, YearMonth.of(2027, 1)), "admin.period.monthsRequired", null);
    }

    @Test
    void editingAPeriodChecksItsDatesAndProtectsReportedWindows() {
        ReportingPeriod may2024 = periods.findByYearAndMonth(2024, 5).orElseThrow();
        assertRefused(() -> service.update(may2024.getId(), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 5, 21),
                        may2024.getDeadline(), null), "admin.period.windowReversed",
                "Ngày kết thúc số liệu 21/05/2024 không được trước ngày bắt đầu 20/06/2024.");
        assertRefused(() -> service.update(may2024.getId(), may2024.getDataFrom(), may2024.getDataTo(),
                LocalDate.of(2024, 6, 10), null), "admin.period.deadlineBeforeCutOff", null);
        service.update(may2024.getId(), may2024.getDataFrom(), may2024.getDataTo(), LocalDate.of(2024, 6, 28),
                "Hạn nộp theo công văn của Sở");
        assertThat(service.period(may2024.getId()).getDeadline()).isEqualTo(LocalDate.of(2024, 6, 28));

        ReportingPeriod march2024 = periods.findByYearAndMonth(2024, 3).orElseThrow(); // approved seed reports
        assertRefused(() -> service.update(march2024.getId(), LocalDate.of(2024, 3, 15), march2024.getDataTo(),
                march2024.getDeadline(), null), "admin.period.windowLocked", null);
        service.update(march2024.getId(), march2024.getDataFrom(), march2024.getDataTo(), march2024.getDeadline(),
                "Ghi chú mới"); // notes and deadline stay editable
    }

    @Test
    void openCloseAndCatalogRefresh() {
        ReportingPeriod march2024 = periods.findByYearAndMonth(2024, 3).orElseThrow();
        assertRefused(() -> catalogRefresh.refreshCatalog(march2024.getId()), "admin.period.closed", null);
        service.open(march2024.getId());
        assertThat(service.period(march2024.getId()).isOpen()).isTrue();
        assertRefused(() -> catalogRefresh.refreshCatalog(march2024.getId()), "admin.period.catalogLocked",
                "Kỳ Tháng 3/2024 đã có báo cáo được nộp: danh mục chỉ tiêu của kỳ được giữ nguyên.");
        service.close(march2024.getId());
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.PERIOD, "Tháng 3/2024"))
                .extracting(e -> e.getAction()).containsExactly(AuditAction.PERIOD_OPEN, AuditAction.PERIOD_CLOSE);

        ReportingPeriod june2024 = periods.findByYearAndMonth(2024, 6).orElseThrow();
        catalogRefresh.refreshCatalog(june2024.getId());
        assertThat(catalog.forPeriod(june2024)).extracting(Indicator::getCode).as("the indicators valid on its cut-off day")
                .containsExactlyInAnyOrderElementsOf(ReferenceData.indicatorCodesValidOn(june2024.getDataTo()));
    }

    @Test
    void aDeadlineExtensionForOneUnit() {
        ReportingPeriod may2024 = periods.findByYearAndMonth(2024, 5).orElseThrow(); // deadline 25/06/2024
        Unit gddt = units.findByCode("SO_GDDT").orElseThrow();
        Unit yTe = units.findByCode("SO_Y_TE").orElseThrow();

        assertRefused(() -> service.extendDeadline(may2024.getId(), gddt.getId(), LocalDate.of(2024, 6, 25), "Lý do"),
                "admin.period.extensionNotLater", "Hạn gia hạn phải sau hạn nộp chung của kỳ (25/06/2024).");
        assertRefused(() -> service.extendDeadline(may2024.getId(), gddt.getId(), LocalDate.of(2024, 6, 18), "Lý do"),
                "admin.period.extensionNotLater", null);
        assertRefused(() -> service.extendDeadline(may2024.getId(), gddt.getId(), LocalDate.of(2024, 7, 2), " "),
                "admin.period.extensionReasonRequired", null);
        Unit bucket = units.findByCode("UNSPECIFIED").orElseThrow();
        assertRefused(() -> service.extendDeadline(may2024.getId(), bucket.getId(), LocalDate.of(2024, 7, 2), "Lý do"),
                "admin.period.unitNotReporting", null);

        service.extendDeadline(may2024.getId(), gddt.getId(), LocalDate.of(2024, 7, 2), "Mất điện hệ thống QLVB");
        assertThat(deadlines.deadlineFor(gddt, may2024)).isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(deadlines.deadlineFor(yTe, may2024)).as("other units keep the period's deadline")
                .isEqualTo(LocalDate.of(2024, 6, 25));
        assertThat(deadlines.isPastDeadline(gddt, may2024, LocalDate.of(2024, 6, 28))).isFalse();
        assertThat(deadlines.isPastDeadline(yTe, may2024, LocalDate.of(2024, 6, 28))).isTrue();

        service.extendDeadline(may2024.getId(), gddt.getId(), LocalDate.of(2024, 7, 5), "Gia hạn thêm");
        assertThat(service.extensions(may2024.getId())).singleElement()
                .satisfies(e -> assertThat(e.getDeadline()).isEqualTo(LocalDate.of(2024, 7, 5)));
        service.removeExtension(service.extensions(may2024.getId()).getFirst().getId());
        assertThat(deadlines.deadlineFor(gddt, may2024)).isEqualTo(LocalDate.of(2024, 6, 25));

        ReportingPeriod march2024 = periods.findByYearAndMonth(2024, 3).orElseThrow();
        assertRefused(() -> service.extendDeadline(march2024.getId(), gddt.getId(), LocalDate.of(2024, 6, 1), "Lý do"),
                "admin.period.closed", null);
    }

    @Test
    void holidays() {
        service.addHoliday(LocalDate.of(2027, 9, 2), "Quốc khánh");
        assertRefused(() -> service.addHoliday(LocalDate.of(2027, 9, 2), "Trùng"), "admin.holiday.duplicate",
                "Ngày 02/09/2027 đã có trong danh sách ngày nghỉ.");
        assertRefused(() -> service.addHoliday(LocalDate.of(2027, 9, 3), " "), "admin.holiday.required", null);
        assertThat(service.holidays()).extracting(h -> h.getName()).contains("Quốc khánh");
        service.removeHoliday(LocalDate.of(2027, 9, 2));
        assertThat(service.holidays()).extracting(h -> h.getDate()).doesNotContain(LocalDate.of(2027, 9, 2));
    }

    @Test
    void agencySettingsHaveTheSeedEraDefaultsAndChangeFromADate() {
        AgencySettings.AgencyProfile seedEra = settings.on(LocalDate.of(2024, 4, 22));
        assertThat(seedEra.provinceName()).isEqualTo("Bình Phước");
        assertThat(seedEra.provinceCommittee()).isEqualTo("UBND tỉnh Bình Phước");
        assertThat(seedEra.reviewingAgency()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(seedEra.steeringCommittee()).isEqualTo("Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước");
        assertThat(seedEra.deadlineWorkingDays()).isEqualTo(3);
        assertThat(settings.reportNumber(5, LocalDate.of(2022, 10, 20))).isEqualTo("05/BC-STTTT");

        settings.change(AgencySettingKey.REPORT_NUMBER_TEMPLATE, "{so}/BC-SKHCN-{nam}", LocalDate.of(2025, 3, 1));
        assertThat(settings.reportNumber(12, LocalDate.of(2025, 3, 1))).isEqualTo("12/BC-SKHCN-2025");
        assertThat(settings.reportNumber(12, LocalDate.of(2025, 2, 28))).isEqualTo("12/BC-STTTT");
        assertRefused(() -> settings.change(AgencySettingKey.REPORT_NUMBER_TEMPLATE, "BC-SKHCN", LocalDate.of(2025, 3, 1)),
                "admin.settings.templateNeedsNumber", "Mẫu số hiệu báo cáo phải có {so} (chỗ đặt số thứ tự báo cáo).");
        assertRefused(() -> settings.change(AgencySettingKey.PROVINCE_NAME, " ", LocalDate.of(2025, 3, 1)),
                "admin.required", null);
        // the history lists newest first: the first value is the oldest (Bình Phước; Đồng Nai from 1/7/2025 is later)
        long first = settings.history().stream().filter(s -> s.getKey() == AgencySettingKey.PROVINCE_NAME)
                .min(java.util.Comparator.comparing(AgencySetting::getValidFrom)).orElseThrow().getId();
        assertRefused(() -> settings.remove(first), "admin.settings.firstValue", null);
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.SETTING, "REPORT_NUMBER_TEMPLATE")
                .getLast().getDetails()).contains("Giá trị: {so}/BC-SKHCN → {so}/BC-SKHCN-{nam}"); // corrects 063's value
    }
}
