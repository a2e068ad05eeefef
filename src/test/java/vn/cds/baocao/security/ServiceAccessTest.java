package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.indicator.service.IndicatorService;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.review.service.ReviewQueueService;
import vn.cds.baocao.review.service.ReviewQueueService.QueueRow;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.service.UserDirectory;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.ReportRows;

/** Roles are enforced by the services themselves, whatever screen (or no screen) calls them. */
@CdsSpringTest
class ServiceAccessTest {

    @Autowired
    UserDirectory userDirectory;
    @Autowired
    UnitService unitService;
    @Autowired
    IndicatorService indicatorService;
    @Autowired
    ReviewQueueService reviewQueue;
    @Autowired
    PeriodTableService overview;
    @Autowired
    UnitReportOverview unitReports;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRows rows;

    @Test
    @WithUserDetails("reporter")
    void aReporterCannotCallReviewerLeaderOrAdminServices() {
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitService.unitRows());
        assertDenied(() -> indicatorService.targetRows());
        assertDenied(() -> submittedQueue());
        assertDenied(() -> overview.periods());
        assertThat(unitReports.myUnit().getCode()).isEqualTo("UBND_DONG_XOAI");
        assertThat(unitReports.myPeriods()).as("the unit's seed report of Tháng 7/2024")
                .filteredOn(row -> row.period().yearMonth().equals(YearMonth.of(2024, 7)))
                .singleElement().extracting(PeriodRow::status).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderCannotReviewOrAdministerOrReport() {
        assertDenied(() -> submittedQueue());
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitReports.myPeriods());
        assertThat(overview.periods()).as("Tháng 7/2024 with the 35 approved seed reports")
                .filteredOn(period -> period.month().equals(YearMonth.of(2024, 7)))
                .singleElement().satisfies(period -> {
                    assertThat(period.label()).isEqualTo("Tháng 7/2024");
                    assertThat(period.approvedReports()).isEqualTo(35);
                });
    }

    @Test
    @WithUserDetails("reviewer")
    void aReviewerCannotAdministerOrReport() {
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitReports.myPeriods());
        ReportingPeriod period = fixture.freePeriod("SO_NOI_VU");
        long submitted = rows.create("SO_NOI_VU", period.yearMonth(), ReportStatus.SUBMITTED, "dvc_online_rate_pct", "90");
        try {
            assertThat(submittedQueue()).as("submitted reports only, this one among them")
                    .allSatisfy(row -> assertThat(row.status()).isEqualTo(ReportStatus.SUBMITTED))
                    .extracting(QueueRow::reportId).contains(submitted);
        } finally {
            rows.removeAll();
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorManagesButDoesNotReviewOrReport() {
        assertThat(userDirectory.allUsers()).extracting(AppUser::getUsername)
                .containsAll(ReferenceData.demoUsernames());
        List<String> reference = ReferenceData.unitCodes();
        assertThat(unitService.unitRows()).extracting(row -> row.unit().getCode())
                .filteredOn(reference::contains).containsExactlyInAnyOrderElementsOf(reference);
        assertDenied(() -> submittedQueue());
        assertDenied(() -> unitReports.myPeriods());
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> unitService.allUnits()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> submittedQueue()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    /** The review queue as the reviewer opens it: every submitted report. */
    private List<QueueRow> submittedQueue() {
        return reviewQueue.page(new ReviewQueueService.Filter(null, null, Set.of(ReportStatus.SUBMITTED)),
                Pageable.unpaged());
    }
}
