package vn.cds.baocao.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.notification.domain.DeadlineNotice;
import vn.cds.baocao.notification.domain.DeadlineNoticeKind;
import vn.cds.baocao.notification.domain.DeadlineNoticeRepository;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.ReportState;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.report.service.ReportDirectory;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountDirectory;

/**
 * The daily deadline check: for every open period and every unit expected to report in it (the indicator
 * catalog's answer: a reporting unit type, the unit existing on the cut-off day, at least one indicator for it)
 * whose report is still with the unit (not started, draft or returned), tells the unit's reporters when its deadline is near ({@code warning-days} or fewer) and once it has
 * passed (within {@code overdue-window-days}). Each (unit, period, kind) is announced once, ever: the notice row
 * and the notifications are written in one transaction, and the notice's unique key refuses a second one.
 */
@Component
public class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);

    private final PeriodDirectory periods;
    private final UnitDirectory units;
    private final ReportDirectory reports;
    private final IndicatorCatalog catalog;
    private final DeadlineService deadlines;
    private final DeadlineNoticeRepository notices;
    private final AccountDirectory recipients;
    private final NotificationDelivery delivery;
    private final NotificationProperties.Deadline settings;
    private final Clock clock;

    public DeadlineNotices(PeriodDirectory periods, UnitDirectory units, ReportDirectory reports,
                           IndicatorCatalog catalog, DeadlineService deadlines, DeadlineNoticeRepository notices,
                           AccountDirectory recipients, NotificationDelivery delivery,
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
        List<ReportingPeriod> open = periods.oldestFirst().stream()
                .filter(ReportingPeriod::isOpen)
                // a unit's deadline is never earlier than the period's, so later periods cannot be due yet
                .filter(period -> !period.getDeadline().isAfter(today.plusDays(settings.warningDays())))
                .toList();
        List<Unit> all = open.isEmpty() ? List.of() : units.all();
        List<UnitSummary> summaries = open.isEmpty() ? List.of() : units.summaries();
        int sent = 0;
        for (ReportingPeriod period : open) {
            PeriodApplicability who = catalog.of(period, summaries);
            Map<Long, ReportStatus> statuses = new HashMap<>();
            for (ReportState state : reports.states(List.of(period.getId()))) {
                statuses.put(state.unitId(), state.status());
            }
            for (Unit unit : all) {
                if (who.reports(unit.getId()) && announce(unit, period, who, statuses.get(unit.getId()), today)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean announce(Unit unit, ReportingPeriod period, PeriodApplicability who, ReportStatus status,
                             LocalDate today) {
        LocalDate deadline = deadlines.deadlineFor(unit, period);
        DeadlineNoticeKind kind = kindOn(today, deadline);
        if (kind == null || notices.existsByUnitIdAndPeriodIdAndKind(unit.getId(), period.getId(), kind)
                || !who.expected(unit.getId()) || !ReportTransitions.isEditable(status)) {
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
