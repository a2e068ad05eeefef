package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SqlStatements;
import vn.cds.baocao.support.SqlStatements.Recording;

/**
 * What opening the reporter's entry form costs the database (issue 14), counted at the JDBC level like
 * {@code WorkflowStatementCountTest}: the form's service call, and the whole navigation to the screen (the form, the
 * report's timeline, the layout's notification bell). Before issue 14 the screen sent 147 statements on the demo
 * data and 371 at scale; the form must stay at 20 or fewer whatever the unit's history, so the test also counts it
 * after giving the unit 48 more approved reports (inside a transaction that is rolled back).
 */
@CdsSpringTest
class EntryFormStatementCountTest extends SpringBrowserlessTest {

    private static final String UNIT = "SO_GDDT";
    private static final int EXTRA_PERIODS = 48;

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    private Long draftId;

    @AfterEach
    void removeTheDraft() {
        if (draftId != null) {
            jdbc.update("delete from report where id = ?", draftId); // values and history go with it
        }
    }

    @Test
    @WithUserDetails("dv.so_gddt")
    void theFormSendsTheSameFewStatementsWhateverTheLengthOfTheUnitsHistory() {
        ReportingPeriod period = fixture.freePeriod(UNIT);
        Map<Long, FieldInput> inputs = fixture.validInputs(UNIT, period);
        navigate(UnitReportsView.class); // the layout is built once per session, not per form

        Recording<ReportForm> newForm = SqlStatements.during(() -> workflow.form(period.getId()));
        Recording<?> newScreen = SqlStatements.during(() -> navigate(ReportFormView.class, period.getId()));
        draftId = workflow.saveDraft(period.getId(), -1, inputs).reportId();
        navigate(UnitReportsView.class);
        Recording<ReportForm> draftForm = SqlStatements.during(() -> workflow.form(period.getId()));
        Recording<?> draftScreen = SqlStatements.during(() -> navigate(ReportFormView.class, period.getId()));

        // the same, joined to one transaction (so without the 5 transaction commands of each service call), before
        // and after 48 more approved reports; rolled back
        List<Recording<?>> inOneTransaction = transactions.execute(status -> {
            status.setRollbackOnly();
            List<Recording<?>> recorded = new ArrayList<>();
            recorded.addAll(formAndScreen(period));
            addApprovedHistory(period);
            recorded.addAll(formAndScreen(period));
            return recorded;
        });
        Recording<?> demoForm = inOneTransaction.get(0);
        Recording<?> demoScreen = inOneTransaction.get(1);
        Recording<?> longForm = inOneTransaction.get(2);
        Recording<?> longScreen = inOneTransaction.get(3);

        System.out.printf("%nEntry form, statements per load (%d indicators; demo history; form call / whole screen): "
                        + "no report yet %d / %d, with a draft %d / %d; in one transaction, demo history %d / %d, "
                        + "%d more approved reports %d / %d%n", inputs.size(), newForm.count(), newScreen.count(),
                draftForm.count(), draftScreen.count(), demoForm.count(), demoScreen.count(), EXTRA_PERIODS,
                longForm.count(), longScreen.count());
        assertThat(newForm.result().sections()).as("a form with fields").isNotEmpty();
        assertThat(draftForm.result().reportId()).isEqualTo(draftId);
        assertThat(newForm.count()).as("the form of a new report: %s", newForm).isLessThanOrEqualTo(20);
        assertThat(draftForm.count()).as("the form of a draft: %s", draftForm).isLessThanOrEqualTo(20);
        assertThat(longForm.count()).as("the form after a long history: %s", longForm).isEqualTo(demoForm.count());
        assertThat(longScreen.count()).as("the screen after a long history: %s", longScreen)
                .isEqualTo(demoScreen.count());
    }

    private List<Recording<?>> formAndScreen(ReportingPeriod period) {
        navigate(UnitReportsView.class);
        entityManager.clear(); // as in a new request: nothing already loaded
        Recording<ReportForm> form = SqlStatements.during(() -> workflow.form(period.getId()));
        entityManager.clear();
        Recording<?> screen = SqlStatements.during(() -> navigate(ReportFormView.class, period.getId()));
        return List.of(form, screen);
    }

    /** 48 monthly periods of 2016–2019, each with an approved report of the unit holding every indicator. */
    private void addApprovedHistory(ReportingPeriod current) {
        long unitId = fixture.unit(UNIT).getId();
        List<Long> indicatorIds = jdbc.queryForList("select id from indicator", Long.class);
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2020, 1, 10, 9, 0));
        for (int i = 0; i < EXTRA_PERIODS; i++) {
            int year = 2016 + i / 12;
            int month = i % 12 + 1;
            LocalDate from = LocalDate.of(year, month, 1);
            jdbc.update("insert into reporting_period (period_year, period_month, label, data_from, data_to, deadline, "
                            + "status) values (?, ?, ?, ?, ?, ?, 'CLOSED')", year, month, "Tháng %d/%d".formatted(month, year),
                    Date.valueOf(from), Date.valueOf(from.plusMonths(1).minusDays(1)), Date.valueOf(from.plusMonths(1)));
            long periodId = jdbc.queryForObject("select id from reporting_period where period_year = ? and period_month = ?",
                    Long.class, year, month);
            jdbc.update("insert into report (unit_id, period_id, status, created_at, created_by, updated_at, updated_by, "
                            + "reviewed_at, reviewed_by) values (?, ?, 'APPROVED', ?, 'test', ?, 'test', ?, 'reviewer')",
                    unitId, periodId, at, at, at);
            long reportId = jdbc.queryForObject("select id from report where unit_id = ? and period_id = ?", Long.class,
                    unitId, periodId);
            jdbc.batchUpdate("insert into report_value (report_id, indicator_id, numeric_value) values (?, ?, ?)",
                    indicatorIds.stream().map(id -> new Object[] {reportId, id, 7}).toList());
        }
        assertThat(current.getYear()).as("the history lies before the form's period").isGreaterThan(2019);
    }
}
