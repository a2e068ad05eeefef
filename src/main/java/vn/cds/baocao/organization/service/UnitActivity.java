package vn.cds.baocao.organization.service;

import java.time.LocalDate;
import java.util.Optional;
import vn.cds.baocao.base.i18n.Localizable;

/**
 * What another feature holds for a unit that ending the unit must respect. Implemented by the features above
 * organization (the reports: a unit cannot end before periods it has already reported for); organization asks every
 * implementation and knows none of them.
 */
public interface UnitActivity {

    /**
     * The label of the earliest period whose data window ends after {@code lastDay} and in which the unit holds
     * something (e.g. a report); empty when there is none.
     */
    Optional<PeriodAfter> firstPeriodAfter(long unitId, LocalDate lastDay);

    /** A period a unit is still active in, by the last day of its data window; its name in the reader's language. */
    record PeriodAfter(Localizable name, LocalDate dataTo) {
    }
}
