package vn.cds.baocao.support;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * Writes reports of any status straight through the repositories, to prove what may never leave the database
 * (e.g. values of unapproved reports), and removes them again. Call {@link #removeAll()} after each test. A status
 * is written in SQL: in the application only the workflow moves a report.
 */
@Component
public class ReportRows {

    private final ReportRepository reports;
    private final UnitRepository units;
    private final ReportingPeriodRepository periods;
    private final IndicatorRepository indicators;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final List<Long> created = new ArrayList<>();

    public ReportRows(ReportRepository reports, UnitRepository units, ReportingPeriodRepository periods,
                      IndicatorRepository indicators, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.reports = reports;
        this.units = units;
        this.periods = periods;
        this.indicators = indicators;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A report of the unit for the month, in the given status, with one figure. */
    public long create(String unitCode, YearMonth month, ReportStatus status, String indicatorCode, String value) {
        Long id = transaction.execute(tx -> {
            Report report = new Report(units.findByCode(unitCode).orElseThrow(),
                    periods.findByYearAndMonth(month.getYear(), month.getMonthValue()).orElseThrow(),
                    "test-rows", LocalDateTime.of(2024, 7, 1, 8, 0));
            report.valueFor(indicators.findByCode(indicatorCode).orElseThrow()).setNumericValue(new BigDecimal(value));
            long saved = reports.saveAndFlush(report).getId();
            jdbc.update("UPDATE report SET status = ? WHERE id = ?", status.name(), saved);
            return saved;
        });
        created.add(id);
        return id;
    }

    /** A report of the unit for the month, in the given status, whose one value says there is no figure. */
    public long createNoFigure(String unitCode, YearMonth month, ReportStatus status, String indicatorCode,
                               vn.cds.baocao.report.domain.NoFigure mark, String reason) {
        Long id = transaction.execute(tx -> {
            Report report = new Report(units.findByCode(unitCode).orElseThrow(),
                    periods.findByYearAndMonth(month.getYear(), month.getMonthValue()).orElseThrow(),
                    "test-rows", LocalDateTime.of(2024, 7, 1, 8, 0));
            report.valueFor(indicators.findByCode(indicatorCode).orElseThrow()).markNoFigure(mark, reason);
            long saved = reports.saveAndFlush(report).getId();
            jdbc.update("UPDATE report SET status = ? WHERE id = ?", status.name(), saved);
            return saved;
        });
        created.add(id);
        return id;
    }

    public void setStatus(long reportId, ReportStatus status) {
        jdbc.update("UPDATE report SET status = ?, version = version + 1 WHERE id = ?", status.name(), reportId);
    }

    public void removeAll() {
        transaction.executeWithoutResult(tx -> created.forEach(reports::deleteById));
        created.clear();
    }
}
