package vn.cds.baocao.indicator.service;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.TargetRepository;

/** The indicator catalog and its targets. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final TargetRepository targets;

    public IndicatorService(IndicatorRepository indicators, TargetRepository targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    /** The whole catalog in the order of the report's tables. */
    @PreAuthorize("isAuthenticated()")
    public List<Indicator> catalog() {
        return indicators.findAllWithApplicability();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<TargetRow> targetRows() {
        return targets.findAll().stream()
                .map(t -> new TargetRow(t, t.getIndicator().getCode(), t.getIndicator().getNameVi()))
                .sorted(java.util.Comparator.comparing(TargetRow::indicatorCode)
                        .thenComparing(r -> r.target().getYear()))
                .toList();
    }

    /** A target with the indicator it belongs to, for display. */
    public record TargetRow(Target target, String indicatorCode, String indicatorName) {
    }
}
