package vn.cds.baocao.indicator.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.PeriodIndicator;
import vn.cds.baocao.indicator.domain.PeriodIndicatorRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * Which indicators belong to a period, and which of them a unit reports. The report form, the review screen, the
 * analytics and the Excel template all ask here, so they always agree.
 *
 * <p>A period uses the catalog as it was when the period opened: {@link #snapshot} stores the period's indicators
 * with their section, order and applicable unit types when the period is created. Later catalog changes (a new
 * indicator, a retired one, a unit type added or removed, a new order) apply to later periods only. A period
 * without a snapshot (created outside {@code PeriodService}) falls back to the live catalog.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    private final IndicatorRepository indicators;
    private final PeriodIndicatorRepository periodIndicators;

    public IndicatorCatalog(IndicatorRepository indicators, PeriodIndicatorRepository periodIndicators) {
        this.indicators = indicators;
        this.periodIndicators = periodIndicators;
    }

    /** The indicators of the period, in the order of the period's form. */
    public List<Indicator> forPeriod(ReportingPeriod period) {
        return entries(period).stream().map(CatalogEntry::indicator).toList();
    }

    /** The indicators the unit reports in the period (by its type then, minus exemptions then). */
    public List<Indicator> forUnit(Unit unit, ReportingPeriod period) {
        List<PeriodIndicator> snapshot = periodIndicators.findByPeriod(period);
        if (snapshot.isEmpty()) {
            return live(period).stream().filter(indicator -> indicator.appliesTo(unit)).toList();
        }
        return snapshot.stream().filter(entry -> entry.appliesTo(unit)).map(PeriodIndicator::getIndicator).toList();
    }

    /**
     * The period's indicators with the section each belonged to when the period opened; group a form or a table
     * by {@link CatalogEntry#section()} rather than by the indicator's current section.
     */
    public List<CatalogEntry> entries(ReportingPeriod period) {
        List<PeriodIndicator> snapshot = periodIndicators.findByPeriod(period);
        if (snapshot.isEmpty()) {
            List<Indicator> live = live(period);
            List<CatalogEntry> entries = new ArrayList<>();
            for (int i = 0; i < live.size(); i++) {
                entries.add(new CatalogEntry(live.get(i), live.get(i).getSection(), i + 1));
            }
            return entries;
        }
        return snapshot.stream()
                .map(entry -> new CatalogEntry(entry.getIndicator(), entry.getSection(), entry.getDisplayOrder()))
                .toList();
    }

    /** True when the period's catalog was stored when it opened. */
    public boolean hasSnapshot(ReportingPeriod period) {
        return periodIndicators.existsByPeriod(period);
    }

    /**
     * Stores the period's catalog as the live catalog stands now (indicators valid on the cut-off day), unless it
     * has one. Called when a period is created; a system step, not a user action, hence no role check.
     */
    @Transactional
    public void snapshot(ReportingPeriod period) {
        if (!periodIndicators.existsByPeriod(period)) {
            store(period);
        }
    }

    /**
     * Replaces the period's catalog with the live one. Only for a period nobody has submitted a report in yet:
     * {@code PeriodAdminService} checks that and records who asked.
     */
    @Transactional
    public void replaceSnapshot(ReportingPeriod period) {
        periodIndicators.deleteByPeriod(period);
        store(period);
    }

    private void store(ReportingPeriod period) {
        List<Indicator> live = live(period);
        for (int i = 0; i < live.size(); i++) {
            periodIndicators.save(new PeriodIndicator(period, live.get(i), i + 1));
        }
    }

    private List<Indicator> live(ReportingPeriod period) {
        return indicators.findAllInReportOrder().stream()
                .filter(indicator -> indicator.isValidOn(period.getDataTo()))
                .toList();
    }

    /** An indicator of a period, in the section and at the place it had when the period opened. */
    public record CatalogEntry(Indicator indicator, IndicatorSection section, int displayOrder) {
    }
}
