package vn.cds.baocao.audit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.base.domain.Paging;

/**
 * The administration audit log: every administrative action, who did it and when. Read-only for everyone. Any
 * feature writes its administrators' lines here; the actor is the signed-in user's name as Spring Security holds
 * it. Lines that no administrator's session writes go through {@link AuditTrail}.
 */
@Service
public class AdminAudit {

    public static final String SORT_TIME = "time";
    public static final String SORT_ACTOR = "actor";
    public static final String SORT_ACTION = "action";
    public static final String SORT_OBJECT = "object";

    /** The sort keys a caller may ask for and the properties they sort by; others are ignored. */
    private static final Map<String, List<String>> SORTABLE = Map.of(
            SORT_TIME, List.of("occurredAt"),
            SORT_ACTOR, List.of("actor"),
            SORT_ACTION, List.of("action"),
            SORT_OBJECT, List.of("objectKey"));
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

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

    /**
     * One page of the lines of the filter, newest first unless the page sorts by a {@code SORT_*} key (then newest
     * first among equals); filtered, sorted and paged in the database.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AdminAuditEntry> page(AuditFilter filter, Pageable page) {
        return entries.search(filter.fromTime(), filter.toTime(), filter.actorName(), filter.objectType(),
                filter.textPattern(), Paging.whitelisted(page, SORTABLE, NEWEST_FIRST));
    }

    /** How many lines the filter finds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.countSearch(filter.fromTime(), filter.toTime(), filter.actorName(), filter.objectType(),
                filter.textPattern());
    }

    /** What the audit screen filters by; every field is optional. */
    public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditObject objectType, String text) {
        public static AuditFilter all() {
            return new AuditFilter(null, null, null, null, null);
        }

        LocalDateTime fromTime() {
            return from == null ? null : from.atStartOfDay();
        }

        /** Exclusive: the start of the day after {@code to}. */
        LocalDateTime toTime() {
            return to == null ? null : to.plusDays(1).atStartOfDay();
        }

        String actorName() {
            return actor == null || actor.isBlank() ? null : actor.strip();
        }

        /** A case-insensitive LIKE pattern for the object key or the details. */
        String textPattern() {
            return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        }
    }
}
