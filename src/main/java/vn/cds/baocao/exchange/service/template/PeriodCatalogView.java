package vn.cds.baocao.exchange.service.template;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.service.PreviousValue;
import vn.cds.baocao.report.service.PreviousValues;
import vn.cds.baocao.report.service.ReportValues;

/**
 * A period's indicators as the templates need them, from the same sources as the form: the period's catalog (its
 * entities, {@link IndicatorCatalog#entries}), which indicators each unit reports ({@link IndicatorCatalog#of}, read
 * once for every unit), and which running
 * totals the system computes for the unit ({@link ReportValues#isComputedTotal}, cached per unit for one download
 * or import).
 */
final class PeriodCatalogView {

    private final PreviousValues previousValues;
    private final ReportingPeriod period;
    private final List<CatalogEntry> entries;
    private final PeriodApplicability who;
    private final Map<String, Indicator> byCode = new HashMap<>();
    private final Map<Long, Map<Long, PreviousValue>> previous = new HashMap<>();

    PeriodCatalogView(IndicatorCatalog catalog, PreviousValues previousValues, ReportingPeriod period) {
        this.previousValues = previousValues;
        this.period = period;
        this.entries = catalog.entries(period);
        this.who = catalog.of(period);
        entries.forEach(e -> byCode.put(e.indicator().getCode(), e.indicator()));
    }

    ReportingPeriod period() {
        return period;
    }

    /** The period's indicators grouped by the section they had when the period opened, in form order. */
    Map<IndicatorSection, List<Indicator>> bySection() {
        Map<IndicatorSection, List<Indicator>> sections = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            sections.computeIfAbsent(entry.section(), s -> new java.util.ArrayList<>()).add(entry.indicator());
        }
        return sections;
    }

    Indicator byCode(String code) {
        return code == null ? null : byCode.get(code.strip());
    }

    boolean applies(Unit unit, Indicator indicator) {
        return who.applies(unit.getId(), indicator.getId());
    }

    boolean computed(Unit unit, Indicator indicator) {
        return ReportValues.isComputedTotal(indicator, previous(unit));
    }

    Map<Long, PreviousValue> previous(Unit unit) {
        return previous.computeIfAbsent(unit.getId(), id -> previousValues.before(unit, period));
    }
}
