package vn.cds.baocao.base.database.outage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.PreviousValues;
import vn.cds.baocao.report.service.ReportValues;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.UnitDraft;

/**
 * The application JVM of {@link KillDuringSaveProofTest}: the whole application on the external MariaDB, in which a
 * reviewer saves the drafts of every reporting unit of one period at once (as the all-units Excel import does: one
 * transaction, about a thousand value rows), over and over. Generation {@code g} writes the same number into every
 * value it sends, so a report holding two different numbers would be a half-saved report.
 *
 * <p>Arguments: JDBC URL, {@code loop} (save until killed) or {@code once <periodId> <generation>} (one save, then
 * exit). Speaks to the test on standard output, in lines starting with {@value #PREFIX}.
 */
public final class KillDuringSaveApp {

    static final String PREFIX = "PROOF ";

    private KillDuringSaveApp() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String mode = args[1];
        ConfigurableApplicationContext app = ProofApplication.start(args[0]);
        UserDetails reviewer = app.getBean(UserDetailsService.class).loadUserByUsername("reviewer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(reviewer, null, reviewer.getAuthorities()));

        TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
        ReportingPeriodRepository periods = app.getBean(ReportingPeriodRepository.class);
        ReportRepository reports = app.getBean(ReportRepository.class);
        ReportingPeriod period = "once".equals(mode) ? periods.findById(Long.parseLong(args[2])).orElseThrow()
                : periods.findAllByOrderByYearDescMonthDesc().stream()
                        .filter(p -> p.getStatus() == PeriodStatus.OPEN)
                        .filter(p -> reports.findByPeriodIn(List.of(p)).isEmpty())
                        .findFirst().orElseThrow();
        Map<Unit, List<Long>> sent = transaction.execute(tx -> whatEachUnitSends(app, period));
        out.println(PREFIX + "READY " + period.getId());
        sent.forEach((unit, indicators) -> out.println(PREFIX + "SENT " + unit.getId() + " "
                + indicators.stream().map(String::valueOf).collect(Collectors.joining(","))));

        ReportWorkflowService workflow = app.getBean(ReportWorkflowService.class);
        long generation = "once".equals(mode) ? Long.parseLong(args[3]) : 1;
        do {
            List<UnitDraft> drafts = new ArrayList<>();
            String value = String.valueOf(valueOf(generation));
            for (Map.Entry<Unit, List<Long>> unit : sent.entrySet()) {
                long version = reports.findByUnitAndPeriod(unit.getKey(), period).map(Report::getVersion).orElse(-1L);
                Map<Long, FieldInput> inputs = new HashMap<>();
                unit.getValue().forEach(indicator -> inputs.put(indicator, FieldInput.of(value)));
                drafts.add(new UnitDraft(unit.getKey().getId(), version, inputs));
            }
            out.println(PREFIX + "SAVING " + generation);
            workflow.saveDraftsForUnits(period.getId(), drafts);
            out.println(PREFIX + "SAVED " + generation);
            generation++;
        } while ("loop".equals(mode));
        app.close();
        System.exit(0);
    }

    /** The number generation {@code g} writes: 1 to 99, valid for every kind of value (percentages too). */
    static long valueOf(long generation) {
        return (generation - 1) % 99 + 1;
    }

    /** Every reporting unit's typed numbers (running totals the application computes are left out). */
    private static Map<Unit, List<Long>> whatEachUnitSends(ConfigurableApplicationContext app, ReportingPeriod period) {
        IndicatorCatalog catalog = app.getBean(IndicatorCatalog.class);
        PreviousValues previousValues = app.getBean(PreviousValues.class);
        Map<Unit, List<Long>> sent = new java.util.LinkedHashMap<>();
        for (Unit unit : app.getBean(UnitHistory.class).reportingUnits(period.getDataTo())) {
            var previous = previousValues.before(unit, period);
            List<Long> indicators = catalog.forUnit(unit, period).stream()
                    .filter(indicator -> indicator.getValueType() != ValueType.TEXT)
                    .filter(indicator -> !ReportValues.isComputedTotal(indicator, previous))
                    .map(Indicator::getId).toList();
            if (!indicators.isEmpty()) {
                sent.put(unit, indicators);
            }
        }
        return sent;
    }
}
