package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.i18n.Text;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * Every move × every starting status × every kind of user: allowed moves happen, every other one is refused at
 * the service layer and leaves the report as it was.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionTableTest {

    private static final int UNITS = 5;

    enum Actor { OWN_REPORTER, OTHER_REPORTER, REVIEWER, LEADER, ADMIN }

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;
    @Autowired
    TransactionTemplate transactions;

    private final List<String> unitCodes = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    @BeforeAll
    void createUnits() {
        for (int i = 1; i <= UNITS; i++) {
            String code = "TEST_TRANSITIONS_" + i;
            fixture.newUnitWithReporter(code, "DEPARTMENT", null);
            unitCodes.add(code);
        }
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportAction action : List.of(ReportAction.SUBMIT, ReportAction.WITHDRAW, ReportAction.APPROVE,
                    ReportAction.RETURN, ReportAction.REOPEN)) {
                for (Actor actor : Actor.values()) {
                    rows.add(Arguments.of(from, action, actor));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> by {2}")
    @MethodSource("table")
    void onlyAllowedMovesByAllowedPeopleHappen(ReportStatus from, ReportAction action, Actor actor) {
        String unit = unitCodes.get(next.getAndIncrement() % UNITS);
        String otherUnit = unitCodes.get((unitCodes.indexOf(unit) + 1) % UNITS);
        long reportId = reportIn(unit, from);
        long version = reports.findById(reportId).orElseThrow().getVersion();

        signIn.as(switch (actor) {
            case OWN_REPORTER -> unit.toLowerCase();
            case OTHER_REPORTER -> otherUnit.toLowerCase();
            case REVIEWER -> "reviewer";
            case LEADER -> "leader";
            case ADMIN -> "admin";
        });
        boolean rightPerson = switch (action) {
            case SUBMIT, WITHDRAW -> actor == Actor.OWN_REPORTER;
            default -> actor == Actor.REVIEWER;
        };
        boolean rightStatus = switch (action) {
            case SUBMIT -> from == ReportStatus.DRAFT || from == ReportStatus.RETURNED;
            case WITHDRAW, APPROVE, RETURN -> from == ReportStatus.SUBMITTED;
            case REOPEN -> from == ReportStatus.APPROVED;
            default -> false;
        };

        Runnable move = () -> perform(action, reportId, version);
        if (rightPerson && rightStatus) {
            move.run();
            ReportStatus expected = switch (action) {
                case SUBMIT -> ReportStatus.SUBMITTED;
                case WITHDRAW -> ReportStatus.DRAFT;
                case APPROVE -> ReportStatus.APPROVED;
                default -> ReportStatus.RETURNED;
            };
            assertThat(status(reportId)).isEqualTo(expected);
        } else {
            if (!rightPerson) {
                assertThatThrownBy(move::run)
                        .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            } else {
                assertThatThrownBy(move::run).isInstanceOf(BusinessException.class)
                        .hasMessage("workflow.transition.refused")
                        .satisfies(e -> refusedInTheReadersLanguage((BusinessException) e, action, from));
            }
            assertThat(status(reportId)).as("a refused move changes nothing").isEqualTo(from);
        }
    }

    /** The refusal carries keys, not Vietnamese words: each screen writes it in its own language. */
    private static void refusedInTheReadersLanguage(BusinessException refused, ReportAction action,
                                                    ReportStatus from) {
        assertThat(refused.getArgs()).containsExactly(Text.of("workflow.action." + action.name()),
                Text.of("report.status." + from.name()));
        assertThat(refused.message(Messages.ENGLISH)).startsWith("You cannot ").doesNotContain("!");
        assertThat(refused.message(Messages.VIETNAMESE)).isEqualTo(refused.getLocalizedMessage())
                .startsWith("Không thể ").doesNotContain("!");
    }

    private void perform(ReportAction action, long reportId, long version) {
        switch (action) {
            case SUBMIT -> workflow.submit(reportId, version);
            case WITHDRAW -> workflow.withdraw(reportId, version);
            case APPROVE -> workflow.approve(reportId, version);
            case RETURN -> workflow.returnReport(reportId, version, "Số liệu chưa khớp", Map.of());
            case REOPEN -> workflow.reopen(reportId, version, "Cần cập nhật số liệu");
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    /** A complete report of the unit in a free period, brought to the given status by the workflow itself. */
    private long reportIn(String unit, ReportStatus status) {
        ReportingPeriod period = fixture.freePeriod(unit);
        Map<Long, FieldInput> values = fixture.validInputs(unit, period);
        signIn.as(unit.toLowerCase());
        ReportForm form = workflow.saveDraft(period.getId(), -1, values);
        if (status == ReportStatus.DRAFT) {
            return form.reportId();
        }
        form = workflow.submit(form.reportId(), form.version());
        if (status == ReportStatus.SUBMITTED) {
            return form.reportId();
        }
        signIn.as("reviewer");
        long id = form.reportId();
        if (status == ReportStatus.APPROVED) {
            workflow.approve(id, form.version());
        } else {
            workflow.returnReport(id, form.version(), "Đề nghị rà soát", Map.of());
        }
        return id;
    }

    private ReportStatus status(long reportId) {
        return reports.findById(reportId).orElseThrow().getStatus();
    }
}
