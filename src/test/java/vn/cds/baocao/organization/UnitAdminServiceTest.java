package vn.cds.baocao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitAliasRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitAdminService.UnitChanges;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitHistory.LineageEntry;
import vn.cds.baocao.organization.service.UnitHistory.Relation;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;

/** Units through their life: created, renamed, re-parented, ended, merged. Each test works on its own units. */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class UnitAdminServiceTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Autowired
    UnitAdminService service;
    @Autowired
    UnitHistory history;
    @Autowired
    UnitRepository units;
    @Autowired
    UnitAliasRepository aliases;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ReportRepository reports;
    @Autowired
    AppUserRepository users;
    @Autowired
    AdminAuditRepository auditLog;

    @Test
    void createsAUnitAndRefusesDuplicateOrMalformedCodes() {
        Unit unit = create("so_thu_a", "Sở Thử A");
        assertThat(unit.getCode()).isEqualTo("SO_THU_A");
        assertThat(aliases.findByUnit(unit)).extracting(a -> a.getAlias()).contains("Sở Thử A");
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.UNIT, "SO_THU_A"))
                .extracting(e -> e.getAction()).containsExactly(AuditAction.UNIT_CREATE);

        assertRefused(() -> create("SO_GDDT", "Trùng mã"), "admin.unit.duplicateCode",
                "Mã đơn vị \"SO_GDDT\" đã được dùng cho một đơn vị khác.");
        assertRefused(() -> create("Sở mới", "Mã có dấu"), "admin.unit.badCode", null);
        assertRefused(() -> service.create(new NewUnit("SO_THU_B", " ", "B", "DEPARTMENT", null, START, null, null)),
                "admin.unit.nameRequired", null);
        assertRefused(() -> service.create(new NewUnit("SO_THU_B", "B", "B", "DEPARTMENT", null, null, null, null)),
                "admin.unit.validFromRequired", null);
        assertRefused(() -> service.create(new NewUnit("SO_THU_B", "B", "B", "KHONG_CO", null, START, null, null)),
                "admin.unit.typeRequired", null);
    }

    @Test
    void aRenameKeepsTheOldNameForOldPeriods() {
        Unit unit = create("SO_DOI_TEN", "Sở Tên Cũ");
        service.rename(unit.getId(), "Sở Tên Mới", "Sở Mới", LocalDate.of(2024, 7, 1));

        assertThat(history.nameOn(unit, LocalDate.of(2024, 6, 30)).fullName()).isEqualTo("Sở Tên Cũ");
        assertThat(history.nameOn(unit, LocalDate.of(2024, 7, 1)).fullName()).isEqualTo("Sở Tên Mới");
        assertThat(history.nameOn(unit, LocalDate.of(2024, 7, 1)).shortName()).isEqualTo("Sở Mới");
        ReportingPeriod march2024 = periods.findByYearAndMonth(2024, 3).orElseThrow();
        assertThat(history.nameOn(unit, march2024.getDataTo()).fullName()).isEqualTo("Sở Tên Cũ");
        assertThat(aliases.findByUnit(unit)).extracting(a -> a.getAlias()).contains("Sở Tên Cũ", "Sở Tên Mới");

        service.rename(unit.getId(), "Sở Tên Thứ Ba", "Sở Ba", LocalDate.of(2025, 3, 1));
        assertThat(history.nameOn(unit, LocalDate.of(2024, 8, 1)).fullName()).isEqualTo("Sở Tên Mới");
        assertThat(history.nameOn(unit, LocalDate.of(2020, 1, 1)).fullName()).isEqualTo("Sở Tên Cũ");
        assertThat(history.earlierNames(unit)).hasSize(2);

        assertRefused(() -> service.rename(unit.getId(), "Sở Lùi", "Lùi", LocalDate.of(2025, 3, 1)),
                "admin.unit.renameTooEarly", "Ngày đổi tên phải sau ngày 01/03/2025 (ngày tên hiện tại bắt đầu được dùng).");
        assertRefused(() -> service.rename(unit.getId(), "Sở Tên Thứ Ba", "Sở Ba", LocalDate.of(2026, 1, 1)),
                "admin.unit.sameName", null);
    }

    @Test
    void aParentCannotBeTheUnitItselfOrBelowIt() {
        Unit district = create("HUYEN_THU", "UBND huyện Thử");
        Unit commune = create("XA_THU", "UBND xã Thử");
        service.update(commune.getId(), new UnitChanges("COMMUNE", district.getId(), 500, "xã thuộc huyện"));
        assertThat(units.findById(commune.getId()).orElseThrow().getParent().getCode()).isEqualTo("HUYEN_THU");

        assertRefused(() -> service.update(district.getId(), new UnitChanges("DISTRICT", commune.getId(), 10, null)),
                "admin.unit.parentCycle", null);
        assertRefused(() -> service.update(district.getId(), new UnitChanges("DISTRICT", district.getId(), 10, null)),
                "admin.unit.parentCycle", null);
    }

    @Test
    void deactivationChecksItsDateAndKeepsReportsOfEarlierPeriods() {
        Unit unit = create("SO_KET_THUC", "Sở Kết Thúc");
        assertRefused(() -> service.deactivate(unit.getId(), LocalDate.of(2019, 12, 31), "nhầm"),
                "admin.unit.endBeforeStart",
                "Ngày kết thúc 31/12/2019 không được trước ngày bắt đầu hoạt động 01/01/2020.");
        assertRefused(() -> service.deactivate(unit.getId(), null, null), "admin.unit.endDateRequired", null);

        ReportingPeriod april2024 = periods.findByYearAndMonth(2024, 4).orElseThrow(); // 21/4–20/5/2024
        reports.save(new Report(unit, april2024, "admin", LocalDateTime.of(2024, 5, 16, 8, 0)));
        assertRefused(() -> service.deactivate(unit.getId(), LocalDate.of(2024, 4, 30), null),
                "admin.unit.reportsAfterEnd", null);

        service.deactivate(unit.getId(), LocalDate.of(2024, 5, 31), "Giải thể theo quyết định");
        assertThat(history.reportsOn(unit, april2024.getDataTo())).isTrue();
        assertThat(history.reportsOn(unit, periods.findByYearAndMonth(2024, 5).orElseThrow().getDataTo())).isFalse();
        assertThat(reports.findByUnit(unit)).hasSize(1);

        service.reactivate(unit.getId());
        assertThat(units.findById(unit.getId()).orElseThrow().getValidTo()).isNull();
    }

    @Test
    void mergingTwoUnitsIntoANewOneKeepsBothHistoriesAndLinksTheLineage() {
        Unit a = create("SO_A", "Sở A");
        Unit b = create("SO_B", "Sở B");
        AppUser reporterOfA = reporterOf(a, "nv.so.a");
        ReportingPeriod april2024 = periods.findByYearAndMonth(2024, 4).orElseThrow(); // 21/4–20/5/2024
        reports.save(new Report(a, april2024, "nv.so.a", LocalDateTime.of(2024, 5, 16, 8, 0)));

        Unit c = service.mergeIntoNew(List.of(a.getId(), b.getId()),
                new NewUnit("SO_C", "Sở C (hợp nhất A và B)", "Sở C", "DEPARTMENT", null, LocalDate.of(2024, 6, 1),
                        null, null), true);

        Unit mergedA = units.findById(a.getId()).orElseThrow();
        assertThat(mergedA.getValidTo()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(mergedA.getSuccessor().getCode()).isEqualTo("SO_C");
        assertThat(reports.findByUnit(mergedA)).as("A keeps its report").hasSize(1);
        assertThat(users.findById(reporterOfA.getId()).orElseThrow().getUnit().getCode()).isEqualTo("SO_C");

        ReportingPeriod may2024 = periods.findByYearAndMonth(2024, 5).orElseThrow(); // 21/5–20/6/2024
        assertThat(history.reportsOn(mergedA, april2024.getDataTo())).isTrue();
        assertThat(history.reportsOn(mergedA, may2024.getDataTo())).isFalse();
        assertThat(history.reportsOn(c, april2024.getDataTo())).isFalse();
        assertThat(history.reportsOn(c, may2024.getDataTo())).as("C reports from the merge date").isTrue();
        assertThat(history.reportingUnits(may2024.getDataTo())).extracting(Unit::getCode).contains("SO_C")
                .doesNotContain("SO_A", "SO_B");

        assertThat(history.lineage(c).all()).extracting(LineageEntry::code, LineageEntry::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SO_A", Relation.PREDECESSOR),
                        org.assertj.core.groups.Tuple.tuple("SO_B", Relation.PREDECESSOR),
                        org.assertj.core.groups.Tuple.tuple("SO_C", Relation.SELF));
        assertThat(history.lineage(mergedA).successors()).extracting(LineageEntry::code).containsExactly("SO_C");
        assertThat(history.historyUnitIds(c)).containsExactlyInAnyOrder(c.getId(), a.getId(), b.getId());
        assertThat(history.currentSuccessor(b).getCode()).isEqualTo("SO_C");
        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.UNIT, "SO_C").getLast().getDetails())
                .contains("Đơn vị được sáp nhập: SO_A, SO_B", "Có hiệu lực từ: 01/06/2024",
                        "Tài khoản chuyển sang: nv.so.a");

        // a second generation: C merges into D, and D's history reaches back to A and B
        Unit d = create("SO_D", "Sở D");
        service.merge(List.of(c.getId()), d.getId(), LocalDate.of(2025, 1, 1), false);
        assertThat(history.historyUnitIds(d)).containsExactlyInAnyOrder(d.getId(), c.getId(), a.getId(), b.getId());
        assertThat(history.currentSuccessor(a).getCode()).isEqualTo("SO_D");
    }

    @Test
    void mergeRefusals() {
        Unit a = create("SO_GOP_A", "Sở Gộp A");
        Unit b = create("SO_GOP_B", "Sở Gộp B");
        LocalDate date = LocalDate.of(2025, 3, 1);
        assertRefused(() -> service.merge(List.of(a.getId()), a.getId(), date, false), "admin.unit.mergeIntoItself",
                "Không thể sáp nhập \"Sở Gộp A\" vào chính nó.");
        assertRefused(() -> service.merge(List.of(), b.getId(), date, false), "admin.unit.mergeNoSources", null);
        assertRefused(() -> service.merge(List.of(a.getId()), b.getId(), null, false), "admin.unit.mergeDateRequired", null);
        assertRefused(() -> service.merge(List.of(a.getId()), b.getId(), START, false), "admin.unit.mergeBeforeStart", null);
        service.deactivate(b.getId(), LocalDate.of(2024, 12, 31), null);
        assertRefused(() -> service.merge(List.of(a.getId()), b.getId(), date, false), "admin.unit.mergeTargetInactive",
                "Đơn vị tiếp nhận \"Sở Gộp B\" không hoạt động vào ngày 01/03/2025.");
        Unit c = create("SO_GOP_C", "Sở Gộp C");
        assertRefused(() -> service.merge(List.of(b.getId()), c.getId(), date, false), "admin.unit.mergeAfterEnd", null);
        service.merge(List.of(a.getId()), c.getId(), date, false);
        assertRefused(() -> service.merge(List.of(a.getId()), c.getId(), date, false), "admin.unit.alreadyMerged", null);
        assertRefused(() -> service.deactivate(a.getId(), date, null), "admin.unit.alreadyMerged", null);
        assertRefused(() -> service.reactivate(a.getId()), "admin.unit.alreadyMerged", null);
    }

    private Unit create(String code, String name) {
        return service.create(new NewUnit(code, name, name, "DEPARTMENT", null, START, null, null));
    }

    private AppUser reporterOf(Unit unit, String username) {
        AppUser user = new AppUser(username, "{noop}x", "Cán bộ " + unit.getShortName(), LocalDateTime.now());
        user.getRoles().addAll(Set.of(Role.REPORTER));
        user.setUnit(unit);
        return users.save(user);
    }
}
