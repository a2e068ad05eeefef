package vn.cds.baocao.indicator.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.TargetRepository;
import vn.cds.baocao.indicator.domain.TargetRows;

/**
 * The targets of a year, for the services of other features (which carry their own permission checks); the
 * verdict rule is {@link TargetBook}'s. Administrators change targets through {@link IndicatorAdminService}.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    private final TargetRepository targets;
    private final TargetRows rows;

    public Targets(TargetRepository targets, TargetRows rows) {
        this.targets = targets;
        this.rows = rows;
    }

    /** The targets of the year, ready to judge values. One light statement. */
    public TargetBook book(int year) {
        TargetBook book = new TargetBook();
        rows.ofYear(year).forEach(target -> book.add(target.indicatorId(), target.unitTypeCode(),
                new TargetRule(target.comparator(), target.value())));
        return book;
    }

    /** The targets of the year as stored (comparator, value, unit type, source). */
    public List<Target> ofYear(int year) {
        return targets.findByYear(year);
    }
}
