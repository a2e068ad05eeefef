package vn.cds.baocao.support;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitTypeRepository;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.PreviousValue;
import vn.cds.baocao.report.service.PreviousValues;

/**
 * Finds a free (unit, open period) pair and builds complete, valid values for it, so each test works on a report
 * nobody else touches in the shared database.
 */
@Component
public class ReportFixture {

    private final UnitRepository units;
    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final IndicatorCatalog catalog;
    private final PreviousValues previousValues;
    private final TransactionTemplate transactions;
    private final UnitTypeRepository unitTypes;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    public ReportFixture(UnitRepository units, ReportingPeriodRepository periods, ReportRepository reports,
                         IndicatorCatalog catalog, PreviousValues previousValues, TransactionTemplate transactions,
                         UnitTypeRepository unitTypes, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.unitTypes = unitTypes;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.units = units;
        this.periods = periods;
        this.reports = reports;
        this.catalog = catalog;
        this.previousValues = previousValues;
        this.transactions = transactions;
    }

    /**
     * A new unit of the given type with one reporter ({@code code.toLowerCase()}, demo password), valid from
     * 1/1/2025 (after the seed reports, so tables of the seed periods are unaffected) to {@code validTo} (null:
     * still active). For tests that need a unit with no history.
     */
    public String newUnitWithReporter(String code, String typeCode, java.time.LocalDate validTo) {
        return transactions.execute(status -> {
            Unit unit = new Unit(code, ReferenceData.TEST_UNIT_NAME + code, "ĐV " + code,
                    unitTypes.findById(typeCode).orElseThrow(), java.time.LocalDate.of(2025, 1, 1));
            unit.setValidTo(validTo);
            unit.setDisplayOrder(9000);
            units.save(unit);
            String username = code.toLowerCase();
            AppUser user = new AppUser(username, passwordEncoder.encode(DemoAccounts.PASSWORD), "Cán bộ " + code,
                    java.time.LocalDateTime.of(2024, 1, 1, 8, 0));
            user.getRoles().add(Role.REPORTER);
            user.setUnit(unit);
            users.save(user);
            return username;
        });
    }

    public Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    /**
     * The newest open period (before the test clock's month) that asks the unit for a report and in which it has
     * none yet. A unit that ended (a district after 30/6/2025, Sở TT&TT after 28/2/2025) gets one of its own era.
     */
    public ReportingPeriod freePeriod(String unitCode) {
        Unit unit = unit(unitCode);
        List<ReportingPeriod> newestFirst = periods.findAllByOrderByYearDescMonthDesc();
        return newestFirst.stream()
                .filter(p -> p.getStatus() == PeriodStatus.OPEN)
                .filter(p -> catalog.reportsIn(unit, p))
                .filter(p -> reports.findByUnitAndPeriod(unit, p).isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("no free period for " + unitCode));
    }

    /** {@link #freePeriod(String)} among the periods that also ask {@code alsoAsked} (e.g. a district) for a report. */
    public ReportingPeriod freePeriod(String unitCode, String alsoAsked) {
        Unit unit = unit(unitCode);
        Unit other = unit(alsoAsked);
        return periods.findAllByOrderByYearDescMonthDesc().stream()
                .filter(p -> p.getStatus() == PeriodStatus.OPEN)
                .filter(p -> catalog.reportsIn(unit, p) && catalog.reportsIn(other, p))
                .filter(p -> reports.findByUnitAndPeriod(unit, p).isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("no free period for " + unitCode
                        + " that asks " + alsoAsked));
    }

    /** Complete values that pass every rule and raise no warning (earlier approved values repeated). */
    public Map<Long, FieldInput> validInputs(String unitCode, ReportingPeriod period) {
        return transactions.execute(status -> {
            Unit unit = unit(unitCode);
            Map<Long, PreviousValue> previous = previousValues.before(unit, period);
            Map<Long, FieldInput> inputs = new HashMap<>();
            Map<Long, BigDecimal> chosen = new HashMap<>();
            List<Indicator> indicators = catalog.forUnit(unit, period);
            for (Indicator indicator : indicators) {
                if (indicator.getCumulativeRule() == CumulativeRule.YEAR_TO_DATE
                        || indicator.getCumulativeRule() == CumulativeRule.RUNNING_TOTAL) {
                    continue; // after the per-period figures they accumulate
                }
                PreviousValue before = previous.get(indicator.getId());
                BigDecimal value = before != null && before.number() != null ? before.number() : standard(indicator);
                chosen.put(indicator.getId(), value);
            }
            for (Indicator indicator : indicators) {
                PreviousValue before = previous.get(indicator.getId());
                if (indicator.getCumulativeRule() == CumulativeRule.RUNNING_TOTAL) {
                    if (before == null || before.number() == null) {
                        BigDecimal periodValue = chosen.getOrDefault(indicator.getCumulativeOf().getId(), BigDecimal.TEN);
                        chosen.put(indicator.getId(), periodValue.add(BigDecimal.valueOf(100)));
                    }
                } else if (indicator.getCumulativeRule() == CumulativeRule.YEAR_TO_DATE) {
                    BigDecimal periodValue = indicator.getCumulativeOf() == null ? BigDecimal.TEN
                            : chosen.getOrDefault(indicator.getCumulativeOf().getId(), BigDecimal.TEN);
                    BigDecimal earlier = before != null && before.number() != null
                            && before.period().getYear() == period.getYear() ? before.number() : BigDecimal.ZERO;
                    chosen.put(indicator.getId(), periodValue.max(earlier).add(BigDecimal.ONE));
                }
            }
            chosen.forEach((id, value) -> {
                Indicator indicator = indicators.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
                inputs.put(id, FieldInput.of(ValueParser.inField(indicator, value))); // as typed in the field
            });
            return inputs;
        });
    }

    public Indicator indicator(String unitCode, ReportingPeriod period, String code) {
        return transactions.execute(status -> catalog.forUnit(unit(unitCode), period).stream()
                .filter(i -> i.getCode().equals(code)).findFirst().orElseThrow());
    }

    /** Counts that keep "part ≤ whole" rules true: wholes (received, total, members, users) are large. */
    private static BigDecimal standard(Indicator indicator) {
        if (indicator.getValueType() == ValueType.PERCENT) {
            return BigDecimal.valueOf(90);
        }
        String code = indicator.getCode();
        if (code.endsWith("received") || code.endsWith("total") || code.endsWith("members")
                || code.equals("bptoday_users")) {
            return BigDecimal.valueOf(100_000);
        }
        return BigDecimal.valueOf(10);
    }
}
