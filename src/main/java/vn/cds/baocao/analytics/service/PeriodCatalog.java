package vn.cds.baocao.analytics.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cds.baocao.analytics.domain.UnitRows.UnitRow;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * A period's indicators as the period opened with them (the administration's catalog snapshot): their order, the
 * section each belonged to, and which units reported each. The same rules as {@code IndicatorCatalog} and
 * {@code Unit.reportsForCutOff}, read in bulk for the dashboards.
 */
final class PeriodCatalog {

    /** One indicator of the period with its applicability then. */
    record Column(Indicator indicator, IndicatorSection section, Set<String> unitTypeCodes, Set<Long> exemptUnitIds) {
    }

    private final List<Column> columns;
    private final Map<Long, Column> byIndicator = new HashMap<>();

    PeriodCatalog(List<Column> columns) {
        this.columns = List.copyOf(columns);
        columns.forEach(c -> byIndicator.put(c.indicator().getId(), c));
    }

    /** The numeric indicators, in the order of the period's form. */
    List<Indicator> indicators() {
        return columns.stream().map(Column::indicator).filter(i -> i.getValueType().isNumeric()).toList();
    }

    IndicatorSection section(Indicator indicator) {
        Column column = byIndicator.get(indicator.getId());
        return column == null ? indicator.getSection() : column.section();
    }

    /**
     * Units expected to report the indicator in the period: of a reporting type it applied to then, not exempt
     * then, and still existing on the period's cut-off day.
     */
    Set<Long> expectedUnits(Indicator indicator, List<UnitRow> units, ReportingPeriod period) {
        Column column = byIndicator.get(indicator.getId());
        Set<Long> expected = new HashSet<>();
        if (column == null) {
            return expected;
        }
        for (UnitRow unit : units) {
            if (column.unitTypeCodes().contains(unit.typeCode()) && !column.exemptUnitIds().contains(unit.id())
                    && unit.reportsForCutOff(period.getDataTo())) {
                expected.add(unit.id());
            }
        }
        return expected;
    }
}
