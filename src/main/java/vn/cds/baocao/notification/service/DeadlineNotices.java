package vn.cds.baocao.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.notification.domain.DeadlineNotice;
import vn.cds.baocao.notification.domain.DeadlineNoticeKind;
import vn.cds.baocao.notification.domain.DeadlineNoticeRepository;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.RecipientRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.security.domain.Role;

/**
 * The daily deadline check: for every open period and every unit expected to report in it (a reporting unit
 * type, the unit existing in the period's window, at least one indicator for it) whose report is not submitted or
 * approved, tells the unit's reporters when its deadline is near ({@code warning-days} or fewer) and once it has
 * passed (within {@code overdue-window-days}). Each (unit, period, kind) is announced once, ever: the notice row
 * and the notifications are written in one transaction, and the notice's unique key refuses a second one.
 */
@Component
public class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    private static final Set<ReportStatus> REPORT_IS_IN = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED);

    private final ReportingPeriodRepository periods;
    private final UnitRepository units;
    private final ReportRepository reports;
    private final IndicatorCatalog catalog;
    private final DeadlineService deadlines;
    private final DeadlineNoticeRepository notices;
    private final RecipientRepository recipients;
    private final NotificationDelivery delivery;
    private final NotificationProperties.Deadline settings;
    private final Clock clock;

    public DeadlineNotices(ReportingPeriodRepository periods, UnitRepository units, ReportRepository reports,
                           IndicatorCatalog catalog, DeadlineService deadlines, DeadlineNoticeRepository notices,
                           RecipientRepository recipients, NotificationDelivery delivery,
                           NotificationProperties properties, Clock clock) {
        this.periods = periods;
        this.units = units;
        this.reports = reports;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.notices = notices;
        this.recipients = recipients;
        this.delivery = delivery;
        this.settings = properties.deadline();
        this.clock = clock;
    }

    /** Runs the check for {@code today}; returns how many (unit, period) notices were sent. */
    public int announce(LocalDate today) {
        List<ReportingPeriod> open = periods.findAllByOrderByYearAscMonthAsc().stream()
                .filter(ReportingPeriod::isOpen)
                // a unit's deadline is never earlier than the period's, so later periods cannot be due yet
                .filter(period -> !period.getDeadline().isAfter(today.plusDays(settings.warningDays())))
                .toList();
        List<Unit> reporting = units.findAllByOrderByDisplayOrderAscIdAsc().stream()
                .filter(unit -> unit.getType().isReporting()).toList();
        int sent = 0;
        for (ReportingPeriod period : open) {
            for (Unit unit : reporting) {
                if (unit.reportsForCutOff(period.getDataTo()) && announce(unit, period, today)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean announce(Unit unit, ReportingPeriod period, LocalDate today) {
        LocalDate deadline = deadlines.deadlineFor(unit, period);
        DeadlineNoticeKind kind = kindOn(today, deadline);
        if (kind == null || notices.existsByUnitIdAndPeriodIdAndKind(unit.getId(), period.getId(), kind)
                || catalog.forUnit(unit, period).isEmpty()
                || reports.findByUnitAndPeriod(unit, period).map(r -> REPORT_IS_IN.contains(r.getStatus()))
                        .orElse(false)) {
            return false;
        }
        NotificationContent content = new NotificationContent(unit.getId(), period.getId(), null, unit.getFullName(),
                period.getLabel(), null, null, deadline, NotificationLinks.reportForm(period.getId()));
        try {
            delivery.deliver(() -> {
                notices.saveAndFlush(new DeadlineNotice(unit.getId(), period.getId(), kind, deadline,
                        LocalDateTime.now(clock)));
                return delivery.forRecipients(recipients.enabledWithRoleInUnit(Role.REPORTER, unit.getId()),
                        kind.notificationType(), content);
            });
            return true;
        } catch (DataIntegrityViolationException alreadyAnnounced) {
            log.info("Deadline notice {} for unit {} period {} was already sent", kind, unit.getCode(),
                    period.getLabel());
            return false;
        }
    }

    private DeadlineNoticeKind kindOn(LocalDate today, LocalDate deadline) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft >= 0 && daysLeft <= settings.warningDays()) {
            return DeadlineNoticeKind.SOON;
        }
        if (daysLeft < 0 && -daysLeft <= settings.overdueWindowDays()) {
            return DeadlineNoticeKind.OVERDUE;
        }
        return null;
    }
}
