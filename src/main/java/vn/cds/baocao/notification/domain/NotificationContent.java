package vn.cds.baocao.notification.domain;

import java.time.LocalDate;

/**
 * The parameters of a notification's sentence and where it leads. Names are kept as they were when the event
 * happened (a unit renamed later keeps its old name in old notifications, like in old reports).
 *
 * @param actorName full name of whoever acted (submitted, reviewed, reminded); null for the deadline job
 * @param detail    the reviewer's reason (return, reopen) or reminder words; may be null
 * @param link      the application route the notification opens, e.g. {@code duyet-bao-cao/bao-cao/12}
 */
public record NotificationContent(Long unitId, Long periodId, Long reportId, String unitName, String periodLabel,
                                  String actorName, String detail, LocalDate deadline, String link) {
}
