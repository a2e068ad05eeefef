package vn.cds.baocao.indicator.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * Which indicators belong to a period, and which of them a unit reports. The report form, the review screen, the
 * analytics and the Excel template all ask here, so they always agree.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    private final IndicatorRepository indicators;

    public IndicatorCatalog(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /** The indicators of the period, in the order of the report's tables. */
    public List<Indicator> forPeriod(ReportingPeriod period) {
        return indicators.findAllInReportOrder().stream()
                .filter(indicator -> indicator.isValidOn(period.getDataTo()))
                .toList();
    }

    /** The indicators the unit reports in the period (by its type, minus exemptions). */
    public List<Indicator> forUnit(Unit unit, ReportingPeriod period) {
        return forPeriod(period).stream().filter(indicator -> indicator.appliesTo(unit)).toList();
    }
}
