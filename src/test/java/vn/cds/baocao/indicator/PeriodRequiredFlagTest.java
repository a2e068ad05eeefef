package vn.cds.baocao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.PeriodIndicatorRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodCatalogLine;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * Required or optional per period: the period's catalog holds the flag (copied from the indicator), an
 * administrator switches it, and the submission check reads it.
 */
@CdsSpringTest
class PeriodRequiredFlagTest {

    private static final String UNIT = "BQL_KKT";

    @Autowired
    PeriodCatalogRefresh catalog;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    PeriodIndicatorRepository periodIndicators;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anIndicatorMadeOptionalForThePeriodMayBeLeftEmptyAndCannotBeMadeRequiredOnceAReportIsIn() {
        ReportingPeriod period = fixture.freePeriod(UNIT);
        Indicator antimalware = fixture.indicator(UNIT, period, "antimalware_installs");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs(UNIT, period));
        values.remove(antimalware.getId());
        try {
            signIn.as("admin");
            assertThat(line(period, "antimalware_installs").required()).as("copied from the indicator").isTrue();
            catalog.setRequired(period.getId(), antimalware.getId(), false);
            assertThat(line(period, "antimalware_installs").required()).isFalse();

            signIn.as("dv.bql_kkt");
            ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
            assertThat(draft.lines().stream().filter(l -> l.indicator().getId().equals(antimalware.getId()))
                    .findFirst().orElseThrow().issues()).as("optional and empty: nothing to say").isEmpty();
            assertThat(workflow.submit(draft.reportId(), draft.version()).status()).isEqualTo(ReportStatus.SUBMITTED);

            signIn.as("admin");
            assertRefused(() -> catalog.setRequired(period.getId(), antimalware.getId(), true),
                    "admin.period.requiredLocked", "Kỳ " + period.name()
                            + " đã có báo cáo được nộp: không đổi chỉ tiêu thành bắt buộc được nữa.");
        } finally {
            transactions.executeWithoutResult(t -> periodIndicators.findByPeriod(period).stream()
                    .filter(pi -> pi.getIndicator().getId().equals(antimalware.getId()))
                    .forEach(pi -> pi.setRequired(true)));
        }
    }

    @Test
    void reportersCannotSwitchTheFlag() {
        ReportingPeriod period = fixture.freePeriod(UNIT);
        Indicator antimalware = fixture.indicator(UNIT, period, "antimalware_installs");
        signIn.as("dv.bql_kkt");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> catalog.setRequired(period.getId(), antimalware.getId(), false))
                .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private PeriodCatalogLine line(ReportingPeriod period, String code) {
        return catalog.catalog(period.getId(), Messages.VIETNAMESE).stream().filter(l -> l.code().equals(code))
                .findFirst().orElseThrow();
    }
}
