package vn.cds.baocao.report.domain.event;

import java.time.LocalDateTime;

/**
 * A reviewer asked a unit to report for a period (from the completeness board). Published after commit;
 * notifications deliver it to the unit's reporters (in-app, and by e-mail when configured).
 *
 * @param message optional words from the reviewer; may be null
 */
public record UnitReminderRequested(long unitId, long periodId, String actor, String message, LocalDateTime at) {
}
