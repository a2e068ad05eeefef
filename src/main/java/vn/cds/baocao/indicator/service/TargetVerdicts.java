package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.TargetRepository;
import vn.cds.baocao.organization.domain.Unit;

/** Đạt / Không đạt: a value against the indicator's target for the year (a unit-type target wins over a general one). */
@Service
@Transactional(readOnly = true)
public class TargetVerdicts {

    public enum Verdict {
        MET, MISSED, NO_TARGET
    }

    private final TargetRepository targets;

    public TargetVerdicts(TargetRepository targets) {
        this.targets = targets;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Target> targetFor(Indicator indicator, Unit unit, int year) {
        String type = unit.getType().getCode();
        return targets.findByIndicatorOrderByYearAsc(indicator).stream()
                .filter(t -> t.getYear() == year)
                .filter(t -> t.getUnitTypeCode() == null || t.getUnitTypeCode().equals(type))
                .max(Comparator.comparing(t -> t.getUnitTypeCode() != null));
    }

    @PreAuthorize("isAuthenticated()")
    public Verdict verdict(Indicator indicator, Unit unit, int year, BigDecimal value) {
        if (value == null) {
            return Verdict.NO_TARGET;
        }
        return targetFor(indicator, unit, year)
                .map(target -> target.isMetBy(value) ? Verdict.MET : Verdict.MISSED)
                .orElse(Verdict.NO_TARGET);
    }
}
