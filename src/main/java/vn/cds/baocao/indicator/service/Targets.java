package vn.cds.baocao.indicator.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.TargetRepository;

/**
 * The targets of a year, for the services of other features (which carry their own permission checks); the
 * verdict rule is {@link TargetBook}'s. Administrators change targets through {@link IndicatorAdminService}.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    private final TargetRepository targets;

    public Targets(TargetRepository targets) {
        this.targets = targets;
    }

    /** The targets of the year, ready to judge values. One statement. */
    public TargetBook book(int year) {
        return new TargetBook(targets.findByYear(year));
    }

    /** The targets of the year as stored (comparator, value, unit type, source). */
    public List<Target> ofYear(int year) {
        return targets.findByYear(year);
    }
}
