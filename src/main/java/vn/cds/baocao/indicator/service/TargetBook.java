package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Đạt / Không đạt: the targets of one year and the verdict of a value against them, for every screen and document
 * that judges a figure (review, tables, rankings, documents, API). A target scoped to a unit type wins over the
 * indicator's general target for units of that type; the TỔNG row is judged against the general (province-wide)
 * target. Read in one statement per year ({@link Targets#book}).
 */
public final class TargetBook {

    private static final String GENERAL = "";

    private final Map<Long, Map<String, TargetRule>> byIndicator = new HashMap<>();

    /** An empty book, to be filled with {@link #add}. */
    public TargetBook() {
    }

    public TargetBook add(long indicatorId, String unitTypeCode, TargetRule rule) {
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

    /** A unit's value against the target for its type; {@link Verdict#NONE} without a value or a target. */
    public Verdict verdict(long indicatorId, String unitTypeCode, BigDecimal value) {
        return forUnitType(indicatorId, unitTypeCode).map(rule -> rule.judge(value)).orElse(Verdict.NONE);
    }

    /** A TỔNG against the general target; {@link Verdict#NONE} without a total or a general target. */
    public Verdict totalVerdict(long indicatorId, BigDecimal total) {
        return general(indicatorId).map(rule -> rule.judge(total)).orElse(Verdict.NONE);
    }

    public boolean hasAny(long indicatorId) {
        return byIndicator.containsKey(indicatorId);
    }
}
