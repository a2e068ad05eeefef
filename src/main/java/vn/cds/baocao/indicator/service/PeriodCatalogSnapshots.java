package vn.cds.baocao.indicator.service;

import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.PeriodIndicator;
import vn.cds.baocao.indicator.domain.PeriodIndicatorRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.event.PeriodCreated;
import vn.cds.baocao.period.service.PeriodCatalogLine;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.period.service.SubmittedReports;

/**
 * A period's catalog as the period opened with it ({@link IndicatorCatalog} reads it): stored when the period is
 * created, replaced by an administrator while nobody has handed in a report of the period.
 */
@Service
@Transactional
public class PeriodCatalogSnapshots implements PeriodCatalogRefresh {

    private final PeriodIndicatorRepository periodIndicators;
    private final IndicatorCatalog catalog;
    private final PeriodDirectory periods;
    private final List<SubmittedReports> submittedReports;
    private final AdminAudit audit;

    public PeriodCatalogSnapshots(PeriodIndicatorRepository periodIndicators, IndicatorCatalog catalog,
                                  PeriodDirectory periods, List<SubmittedReports> submittedReports,
                                  AdminAudit audit) {
        this.periodIndicators = periodIndicators;
        this.catalog = catalog;
        this.periods = periods;
        this.submittedReports = submittedReports;
        this.audit = audit;
    }

    /** A new period stores the catalog as it stands, in the transaction that created the period. */
    @EventListener
    public void onPeriodCreated(PeriodCreated event) {
        snapshot(event.period());
    }

    /**
     * Stores the period's catalog as the live catalog stands now (indicators valid on the cut-off day), unless it
     * has one. A system step, not a user action, hence no role check.
     */
    public void snapshot(ReportingPeriod period) {
        if (!periodIndicators.existsByPeriod(period)) {
            store(period);
        }
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void refreshCatalog(long periodId) {
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new BusinessException("admin.period.notFound"));
        if (!period.isOpen()) {
            throw new BusinessException("admin.period.closed", period.name());
        }
        if (submittedReports.stream().anyMatch(reports -> reports.existIn(period.getId()))) {
            throw new BusinessException("admin.period.catalogLocked", period.name());
        }
        List<String> before = catalog.forPeriod(period).stream().map(Indicator::getCode).toList();
        periodIndicators.deleteByPeriod(period);
        store(period);
        List<String> after = catalog.forPeriod(period).stream().map(Indicator::getCode).toList();
        audit.record(AuditAction.PERIOD_CATALOG_REFRESH, period.getLabel(), AuditDetails.of()
                .change("indicators", before, after));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PeriodCatalogLine> catalog(long periodId, Locale locale) {
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new BusinessException("admin.period.notFound"));
        snapshotOrFail(period);
        return periodIndicators.findByPeriod(period).stream()
                .map(pi -> new PeriodCatalogLine(pi.getIndicator().getId(), pi.getIndicator().getCode(),
                        pi.getIndicator().name(locale), pi.getSection().name(locale), pi.isRequired()))
                .toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void setRequired(long periodId, long indicatorId, boolean required) {
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new BusinessException("admin.period.notFound"));
        if (!period.isOpen()) {
            throw new BusinessException("admin.period.closed", period.name());
        }
        PeriodIndicator entry = periodIndicators.findByPeriod(period).stream()
                .filter(pi -> pi.getIndicator().getId() == indicatorId).findFirst()
                .orElseThrow(() -> new BusinessException("admin.period.indicatorNotInCatalog", period.name()));
        if (entry.isRequired() == required) {
            return;
        }
        if (required && submittedReports.stream().anyMatch(reports -> reports.existIn(period.getId()))) {
            throw new BusinessException("admin.period.requiredLocked", period.name());
        }
        entry.setRequired(required);
        audit.record(AuditAction.PERIOD_CATALOG_REQUIRED, period.getLabel(), AuditDetails.of()
                .change(entry.getIndicator().getCode(), !required, required));
    }

    /** A period created before catalogs were stored has none to list or switch. */
    private void snapshotOrFail(ReportingPeriod period) {
        if (!periodIndicators.existsByPeriod(period)) {
            throw new BusinessException("admin.period.noCatalog", period.name());
        }
    }

    private void store(ReportingPeriod period) {
        List<Indicator> live = catalog.live(period);
        for (int i = 0; i < live.size(); i++) {
            periodIndicators.save(new PeriodIndicator(period, live.get(i), i + 1));
        }
    }
}
