package vn.cds.baocao.report.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportEvent;
import vn.cds.baocao.report.domain.ReportEventRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountDirectory;
import vn.cds.baocao.security.service.AppUserDetails;
import vn.cds.baocao.security.service.CurrentUser;

/** The timeline of a report. Reporters see their own unit's; leaders only approved reports'. */
@Service
@Transactional(readOnly = true)
public class ReportHistoryService {

    private final ReportScope scope;
    private final ReportEventRepository events;
    private final AccountDirectory users;
    private final CurrentUser currentUser;

    public ReportHistoryService(ReportScope scope, ReportEventRepository events, AccountDirectory users,
                                CurrentUser currentUser) {
        this.scope = scope;
        this.events = events;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The report's events, oldest first, their actions and the system's name written in {@code locale}. */
    @PreAuthorize("hasAnyRole('REPORTER', 'REVIEWER', 'LEADER', 'ADMIN')")
    public List<TimelineEntry> timeline(long reportId, Locale locale) {
        Report report = scope.report(reportId);
        if (!maySee(currentUser.require(), report)) {
            throw new AccessDeniedException("report " + reportId + " is not visible to this user");
        }
        Map<String, String> names = new HashMap<>();
        return events.findByReportOrderByOccurredAtAscIdAsc(report).stream()
                .map(event -> entry(event, names.computeIfAbsent(event.getActor(), u -> displayName(u, locale)),
                        locale))
                .toList();
    }

    private static boolean maySee(AppUserDetails user, Report report) {
        return user.hasRole(Role.REVIEWER) || user.hasRole(Role.ADMIN)
                || user.hasRole(Role.REPORTER) && report.getUnit().getId().equals(user.getUnitId())
                || user.hasRole(Role.LEADER) && report.getStatus() == ReportStatus.APPROVED;
    }

    private TimelineEntry entry(ReportEvent event, String actor, Locale locale) {
        return new TimelineEntry(event.getOccurredAt(), actor,
                Messages.get(locale, "workflow.action." + event.getAction()),
                event.getFromStatus(), event.getToStatus(), event.getReason(),
                event.getIndicator() == null ? null : event.getIndicator().getNameVi(),
                event.getOldValue(), event.getNewValue());
    }

    private String displayName(String username, Locale locale) {
        if ("system".equals(username)) {
            return Messages.get(locale, "workflow.actor.system");
        }
        return users.fullNameOf(username).map(name -> name + " (" + username + ")").orElse(username);
    }
}
