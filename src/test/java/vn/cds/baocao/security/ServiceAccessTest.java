package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.indicator.service.IndicatorService;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.review.service.ReviewQueueService;
import vn.cds.baocao.security.service.UserDirectory;
import vn.cds.baocao.support.CdsSpringTest;

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

    @Test
    @WithUserDetails("reporter")
    void aReporterCannotCallReviewerLeaderOrAdminServices() {
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitService.unitRows());
        assertDenied(() -> indicatorService.targetRows());
        assertDenied(() -> reviewQueue.queue());
        assertDenied(() -> overview.periods());
        assertThat(unitReports.myUnit().getCode()).isEqualTo("UBND_DONG_XOAI");
        assertThat(unitReports.myPeriods()).isNotEmpty();
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderCannotReviewOrAdministerOrReport() {
        assertDenied(() -> reviewQueue.queue());
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitReports.myPeriods());
        assertThat(overview.periods()).isNotEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void aReviewerCannotAdministerOrReport() {
        assertDenied(() -> userDirectory.allUsers());
        assertDenied(() -> unitReports.myPeriods());
        assertThat(reviewQueue.queue()).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorManagesButDoesNotReviewOrReport() {
        assertThat(userDirectory.allUsers()).hasSizeGreaterThanOrEqualTo(39);
        assertThat(unitService.unitRows()).hasSizeGreaterThanOrEqualTo(36);
        assertDenied(() -> reviewQueue.queue());
        assertDenied(() -> unitReports.myPeriods());
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> unitService.allUnits()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> reviewQueue.queue()).isInstanceOf(Exception.class);
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
