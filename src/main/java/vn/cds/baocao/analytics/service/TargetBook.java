package vn.cds.baocao.analytics.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cds.baocao.indicator.domain.Target;

/**
 * The targets of one year. A target scoped to a unit type wins over the indicator's general target for units of
 * that type; the TỔNG row is judged against the general (province-wide) target.
 */
public final class TargetBook {

    private final Map<Long, Map<String, TargetRule>> byIndicator = new HashMap<>();
    private static final String GENERAL = "";

    public TargetBook(List<Target> targetsOfYear) {
        for (Target target : targetsOfYear) {
            add(target.getIndicator().getId(), target.getUnitTypeCode(),
                    new TargetRule(target.getComparator(), target.getValue()));
        }
    }

    TargetBook() {
    }

    TargetBook add(long indicatorId, String unitTypeCode, TargetRule rule) {
        byIndicator.computeIfAbsent(indicatorId, id -> new HashMap<>())
                .put(unitTypeCode == null ? GENERAL : unitTypeCode, rule);
        return this;
    }

    /** The target a unit of this type must reach. */
    public Optional<TargetRule> forUnitType(long indicatorId, String unitTypeCode) {
        Map<String, TargetRule> rules = byIndicator.getOrDefault(indicatorId, Map.of());
        TargetRule specific = rules.get(unitTypeCode);
        return Optional.ofNullable(specific != null ? specific : rules.get(GENERAL));
    }

    /** The general target of the indicator (no unit type), used for TỔNG and in the column header. */
    public Optional<TargetRule> general(long indicatorId) {
        return Optional.ofNullable(byIndicator.getOrDefault(indicatorId, Map.of()).get(GENERAL));
    }

    public boolean hasAny(long indicatorId) {
        return byIndicator.containsKey(indicatorId);
    }
}
