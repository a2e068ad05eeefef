package vn.cds.baocao.period.domain.event;

import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * A reporting period was just created (saved, not yet committed). Published synchronously: the listeners (the
 * indicator catalog stores the period's catalog) run in the creating transaction, so the period and what belongs
 * to it are saved together or not at all.
 */
public record PeriodCreated(ReportingPeriod period) {
}
