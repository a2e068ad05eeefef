package vn.cds.baocao.audit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;

/**
 * The administration audit log: every administrative action, who did it and when. Read-only for everyone. Any
 * feature writes its administrators' lines here; the actor is the signed-in user's name as Spring Security holds
 * it. Lines that no administrator's session writes go through {@link AuditTrail}.
 */
@Service
public class AdminAudit {

    /** The log screen shows at most this many lines; narrow the filter to see older ones. */
    public static final int MAX_ROWS = 500;

    private final AdminAuditRepository entries;
    private final AuditTrail trail;
    private final Clock clock;

    public AdminAudit(AdminAuditRepository entries, AuditTrail trail, Clock clock) {
        this.entries = entries;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in administrator. Runs inside the action's own transaction, so the action
     * and its log line are saved together or not at all.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String objectKey, AuditDetails details) {
        trail.recordAs(SecurityContextHolder.getContext().getAuthentication().getName(), LocalDateTime.now(clock),
                action, objectKey, details);
    }

    /** Newest first, at most {@link #MAX_ROWS} lines. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AdminAuditEntry> search(AuditFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        String actor = filter.actor() == null || filter.actor().isBlank() ? null : filter.actor().strip();
        return entries.search(filter.from() == null ? null : filter.from().atStartOfDay(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(), actor, filter.objectType(), text,
                PageRequest.of(0, MAX_ROWS));
    }

    /** What the audit screen filters by; every field is optional. */
    public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditObject objectType, String text) {
        public static AuditFilter all() {
            return new AuditFilter(null, null, null, null, null);
        }
    }
}
