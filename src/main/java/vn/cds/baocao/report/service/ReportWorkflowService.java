package vn.cds.baocao.report.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.database.LockConflicts;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Text;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.BaselineValueRepository;
import vn.cds.baocao.report.domain.Figure;
import vn.cds.baocao.report.domain.FiguresAgainstBaseline;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportEvent;
import vn.cds.baocao.report.domain.ReportEventRepository;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.report.domain.ReportValue;
import vn.cds.baocao.report.domain.ReportValueRepository;
import vn.cds.baocao.report.domain.event.ReportTransitioned;

/**
 * The monthly report workflow: a unit's reporter enters values, saves drafts, submits and withdraws; a reviewer
 * approves, returns with a reason, or reopens an approved report. Every rule is enforced here, whatever screen (or
 * import, or test) calls: who may act, on which unit, from which status, and only on the version the caller saw.
 *
 * <p>Each action is one transaction. One that the database aborts over a lock conflict with another transaction
 * (a deadlock) is run again as a whole ({@link RetryOnLockConflict}); one that lost to another user's change is
 * not: that user is told "workflow.concurrentChange".
 */
@Service
public class ReportWorkflowService {

    /** A reviewer's reason is a few sentences. */
    public static final int MAX_REASON_LENGTH = 2000;

    private final ReportScope scope;
    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final BaselineValueRepository baselines;
    private final ReportValueRepository values;
    private final ReportValues reportValues;
    private final ReportFormAssembler assembler;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    public ReportWorkflowService(ReportScope scope, ReportRepository reports, ReportEventRepository events,
                                 BaselineValueRepository baselines, ReportValueRepository values,
                                 ReportValues reportValues, ReportFormAssembler assembler,
                                 ApplicationEventPublisher publisher, Clock clock, EntityManager entityManager,
                                 PlatformTransactionManager transactionManager) {
        this.scope = scope;
        this.reports = reports;
        this.events = events;
        this.baselines = baselines;
        this.values = values;
        this.reportValues = reportValues;
        this.assembler = assembler;
        this.publisher = publisher;
        this.clock = clock;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The entry form of the reporter's unit for a period. */
    @PreAuthorize("hasRole('REPORTER')")
    @Transactional(readOnly = true)
    public ReportForm form(long periodId) {
        Unit unit = scope.reporterUnit();
        ReportingPeriod period = scope.period(periodId);
        scope.requireActive(unit, period);
        return assembler.assemble(unit, period, reports.findByUnitAndPeriod(unit, period).orElse(null));
    }

    /**
     * Saves the typed values as a draft (a partial report is fine). Unreadable or out-of-range values refuse the
     * whole save: nothing reaches the database and nothing already saved changes.
     *
     * @param expectedVersion the version the form was built from; −1 when the report did not exist yet
     */
    @PreAuthorize("hasRole('REPORTER')")
    @RetryOnLockConflict
    @Transactional
    public ReportForm saveDraft(long periodId, long expectedVersion, Map<Long, FieldInput> inputs) {
        Unit unit = scope.reporterUnit();
        ReportingPeriod period = scope.period(periodId);
        scope.requireActive(unit, period);
        Report report = reports.findByUnitAndPeriod(unit, period).orElse(null);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean created = report == null;
        if (created) {
            if (expectedVersion != -1) {
                throw concurrentChange();
            }
            requireOpenFor(null, period);
            report = new Report(unit, period, scope.username(), now);
        } else {
            lockAt(report, expectedVersion);
            requireEditable(report);
        }
        ReportValues.Basis basis = reportValues.basis(unit, period);
        ReportValues.Reading reading = reportValues.read(report, inputs, basis);
        if (reading.inputErrors().hasErrors()) {
            throw new ValidationFailedException("workflow.save.invalid", reading.inputErrors(),
                    String.valueOf(reading.inputErrors().errors().size()));
        }
        report = persistDraft(report, created, reading, now);
        return assembler.assemble(unit, period, report, basis, null);
    }

    /**
     * Saves drafts of several units on their behalf, for a reviewer importing the all-units Excel template: all or
     * nothing. Each unit gets exactly the checks of {@link #saveDraft}: it reports in the period, the period is
     * open for a new or draft report, its report is still with the unit (never a submitted or approved one), it
     * is the version the values were prepared from, and every value is readable. Every unit is checked before
     * anything is written; any refusal refuses the whole call ({@link DraftsRefusedException}).
     *
     * @return the ids of the saved reports, in the order of {@code drafts}
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @RetryOnLockConflict
    @Transactional
    public List<Long> saveDraftsForUnits(long periodId, List<UnitDraft> drafts) {
        ReportingPeriod period = scope.period(periodId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<DraftsRefusedException.UnitRefusal> refusals = new ArrayList<>();
        List<PreparedDraft> prepared = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (UnitDraft draft : drafts) {
            try {
                if (!seen.add(draft.unitId())) {
                    throw new BusinessException("exchange.drafts.duplicateUnit");
                }
                Unit unit = scope.unit(draft.unitId());
                scope.requireActive(unit, period);
                Report report = reports.findByUnitAndPeriod(unit, period).orElse(null);
                boolean created = report == null;
                if (created) {
                    if (draft.expectedVersion() != -1) {
                        throw concurrentChange();
                    }
                    requireOpenFor(null, period);
                    report = new Report(unit, period, scope.username(), now);
                } else {
                    lockAt(report, draft.expectedVersion());
                    requireEditable(report);
                }
                ReportValues.Reading reading = reportValues.read(report, keepingStored(report, draft.inputs()));
                if (reading.inputErrors().hasErrors()) {
                    refusals.add(new DraftsRefusedException.UnitRefusal(draft.unitId(), null, reading.inputErrors()));
                } else {
                    prepared.add(new PreparedDraft(report, created, reading));
                }
            } catch (ValidationFailedException refused) {
                refusals.add(new DraftsRefusedException.UnitRefusal(draft.unitId(), null, refused.getResult()));
            } catch (BusinessException refused) {
                refusals.add(new DraftsRefusedException.UnitRefusal(draft.unitId(), refused,
                        new ValidationResult(List.of())));
            }
        }
        if (!refusals.isEmpty()) {
            throw new DraftsRefusedException(refusals);
        }
        List<Long> saved = new ArrayList<>();
        for (PreparedDraft draft : prepared) {
            saved.add(persistDraft(draft.report(), draft.created(), draft.reading(), now).getId());
        }
        return saved;
    }

    private record PreparedDraft(Report report, boolean created, ReportValues.Reading reading) {
    }

    /**
     * The inputs completed with the report's stored values: an indicator the caller did not send keeps its value,
     * an input without explanation keeps the stored explanation, a mark without reason the stored one's reason.
     */
    private static Map<Long, FieldInput> keepingStored(Report report, Map<Long, FieldInput> inputs) {
        Map<Long, FieldInput> complete = new HashMap<>();
        for (ReportValue stored : report.getValues()) {
            complete.put(stored.getIndicator().getId(), new FieldInput(ReportValues.display(stored.getIndicator(),
                    stored), stored.getExplanation(), stored.getNoFigure(), stored.getNoFigureReason()));
        }
        inputs.forEach((indicatorId, input) -> {
            FieldInput before = complete.get(indicatorId);
            String explanation = input.explanation();
            if (explanation == null) {
                explanation = before == null ? null : before.explanation();
            }
            String reason = input.noFigureReason();
            if (reason == null && input.noFigure() != null && before != null && before.noFigure() == input.noFigure()) {
                reason = before.noFigureReason(); // the all-units sheets carry the mark, not its reason
            }
            complete.put(indicatorId, new FieldInput(input.value(), explanation, input.noFigure(), reason));
        });
        return complete;
    }

    /**
     * Writes a checked reading as the report's draft values: the report row, its version (moved on even when only
     * value rows changed), the creation event, and the value history once the report has been submitted before.
     */
    private Report persistDraft(Report report, boolean created, ReportValues.Reading reading, LocalDateTime now) {
        List<ReportValues.ValueChange> changes = reportValues.apply(report, reading);
        String actor = scope.username();
        report.touch(actor, now);
        try {
            report = reports.saveAndFlush(report);
            if (!created) {
                // value rows changed, not necessarily the report row: the version must still move on
                entityManager.lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                entityManager.flush();
            }
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException | OptimisticLockException e) {
            throw concurrentChange();
        }
        if (created) {
            events.save(new ReportEvent(report, now, actor, ReportAction.CREATE.name(), null,
                    ReportStatus.DRAFT, null));
        }
        if (report.wasEverSubmitted()) {
            for (ReportValues.ValueChange change : changes) {
                events.save(ReportEvent.valueChanged(report, now, actor, change.indicator(),
                        change.before(), change.after()));
            }
        }
        return report;
    }

    /** Submits a complete and valid report; every warning must carry the reporter's explanation. */
    @PreAuthorize("hasRole('REPORTER')")
    @RetryOnLockConflict
    public ReportForm submit(long reportId, long expectedVersion) {
        return transition(announced -> {
            Report report = scope.ownReport(reportId);
            lockAt(report, expectedVersion);
            requireMove(report, ReportAction.SUBMIT);
            scope.requireActive(report.getUnit(), report.getPeriod());
            requireOpenFor(report.getStatus(), report.getPeriod());
            ReportValues.Basis basis = reportValues.basis(report.getUnit(), report.getPeriod());
            ValidationResult check = reportValues.validateStored(report, true, basis);
            if (check.hasErrors()) {
                throw new ValidationFailedException("workflow.submit.invalid", check,
                        String.valueOf(check.errors().size()));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            report.markSubmitted(scope.username(), now);
            move(report, ReportAction.SUBMIT, null, now, announced);
            // the values did not change since the check: the form shows the same check
            return assembler.assemble(report.getUnit(), report.getPeriod(), report, basis, check);
        });
    }

    /** Takes a submitted report back to draft, as long as no reviewer has acted on it. */
    @PreAuthorize("hasRole('REPORTER')")
    @RetryOnLockConflict
    public ReportForm withdraw(long reportId, long expectedVersion) {
        return transition(announced -> {
            Report report = scope.ownReport(reportId);
            lockAt(report, expectedVersion);
            requireMove(report, ReportAction.WITHDRAW);
            move(report, ReportAction.WITHDRAW, null, LocalDateTime.now(clock), announced);
            return assembler.assemble(report.getUnit(), report.getPeriod(), report);
        });
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @RetryOnLockConflict
    public void approve(long reportId, long expectedVersion) {
        transition(announced -> {
            Report report = scope.report(reportId);
            lockAt(report, expectedVersion);
            requireMove(report, ReportAction.APPROVE);
            LocalDateTime now = LocalDateTime.now(clock);
            if (report.getBaselineStatus() != null) {
                values.clearReviewNotes(reportId); // notes exist only on a report that was returned before
            }
            report.markReviewed(scope.username(), now);
            keepBaseline(report, figuresAgainstBaseline(report), ReportStatus.APPROVED, now);
            move(report, ReportAction.APPROVE, null, now, announced);
            return null;
        });
    }

    /**
     * Sends a submitted report back to the unit with a mandatory reason and optional notes on single values
     * (indicator id → note).
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @RetryOnLockConflict
    public void returnReport(long reportId, long expectedVersion, String reason, Map<Long, String> valueNotes) {
        transition(announced -> {
            Report report = scope.report(reportId);
            lockAt(report, expectedVersion);
            requireMove(report, ReportAction.RETURN);
            String checkedReason = requireReason(reason);
            LocalDateTime now = LocalDateTime.now(clock);
            FiguresAgainstBaseline figures = figuresAgainstBaseline(report);
            Map<Long, String> notes = new HashMap<>();
            for (Figure figure : figures.figures()) {
                String note = valueNotes.getOrDefault(figure.indicatorId(), "").strip();
                if (note.length() > ReportValues.MAX_EXPLANATION_LENGTH) {
                    throw new BusinessException("workflow.note.tooLong",
                            VnFormat.integer(ReportValues.MAX_EXPLANATION_LENGTH));
                }
                if (!note.isEmpty()) {
                    notes.put(figure.indicatorId(), note);
                }
            }
            if (report.getBaselineStatus() != null) {
                values.clearReviewNotes(reportId); // the notes of an earlier return
            }
            notes.forEach((indicatorId, note) -> values.setReviewNote(reportId, indicatorId, note));
            report.markReviewed(scope.username(), now);
            keepBaseline(report, figures, ReportStatus.RETURNED, now);
            move(report, ReportAction.RETURN, checkedReason, now, announced);
            return null;
        });
    }

    /** Sends an approved report back to the unit, as returned, with a mandatory reason. */
    @PreAuthorize("hasRole('REVIEWER')")
    @RetryOnLockConflict
    public void reopen(long reportId, long expectedVersion, String reason) {
        transition(announced -> {
            Report report = scope.report(reportId);
            lockAt(report, expectedVersion);
            requireMove(report, ReportAction.REOPEN);
            String checkedReason = requireReason(reason);
            LocalDateTime now = LocalDateTime.now(clock);
            report.markReviewed(scope.username(), now);
            move(report, ReportAction.REOPEN, checkedReason, now, announced);
            return null;
        });
    }

    /**
     * Runs a transition in a transaction of its own and announces it ({@link ReportTransitioned}) once that
     * transaction has ended and given its connection back to the pool. The listeners store notifications in a
     * transaction of their own: announced while this one still held its connection, each needed a second one,
     * and with every connection of the pool held that way all actions waited 30 s for a connection and lost
     * their notifications (200 reporters at once, issue 9). Inside a caller's transaction it joins that one, and
     * the listeners run when that commits.
     */
    private <T> T transition(Function<List<ReportTransitioned>, T> work) {
        List<ReportTransitioned> announced = new ArrayList<>();
        T result = transaction.execute(status -> work.apply(announced));
        ApprovedFigures.forgetRequestCounts();
        announced.forEach(publisher::publishEvent);
        return result;
    }

    private void move(Report report, ReportAction action, String reason, LocalDateTime now,
                      List<ReportTransitioned> announced) {
        String actor = scope.username();
        ReportStatus from = report.move(action);
        ReportStatus to = report.getStatus();
        report.touch(actor, now);
        try {
            reports.saveAndFlush(report);
        } catch (OptimisticLockingFailureException e) {
            throw concurrentChange();
        }
        events.save(new ReportEvent(report, now, actor, action.name(), from, to, reason));
        announced.add(new ReportTransitioned(report.getId(), report.getUnit().getId(),
                report.getPeriod().getId(), action, from, to, actor, reason, now));
    }

    /**
     * The values as they stand now become the version a resubmission is compared with. Written by key (see
     * {@code BaselineWritesImpl}): a report reviewed for the first time has no baseline rows, so nothing is read
     * or deleted; a later review overwrites its rows and deletes only those of values removed since.
     */
    private void keepBaseline(Report report, FiguresAgainstBaseline figures, ReportStatus status,
                              LocalDateTime now) {
        baselines.deleteBaseline(report.getId(), figures.removedSinceBaseline());
        baselines.upsertBaseline(report.getId(), figures.figures());
        report.markBaseline(status, now);
    }

    /** The report's figures; for a report reviewed before, with its baseline rows to delete, in the same statement. */
    private FiguresAgainstBaseline figuresAgainstBaseline(Report report) {
        return report.getBaselineStatus() == null
                ? new FiguresAgainstBaseline(values.figures(report.getId()), List.of())
                : baselines.figuresAgainstBaseline(report.getId());
    }

    /**
     * Holds the report's row until the end of the transaction, provided it is still the version the caller saw:
     * of two reviewers acting at once, the second waits, then finds a newer version and is told so.
     */
    private void lockAt(Report report, long expectedVersion) {
        if (report.getVersion() != expectedVersion) {
            throw concurrentChange();
        }
        try {
            entityManager.lock(report, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException | ConcurrencyFailureException e) {
            if (LockConflicts.isLockConflict(e)) {
                throw e; // the database gave up waiting: the whole action is run again
            }
            throw concurrentChange();
        }
    }

    private static void requireMove(Report report, ReportAction action) {
        if (!ReportTransitions.isAllowed(action, report.getStatus())) {
            throw new BusinessException("workflow.transition.refused",
                    Text.of("workflow.action." + action.name()),
                    Text.of("report.status." + report.getStatus().name()));
        }
    }

    private static void requireEditable(Report report) {
        if (!ReportTransitions.isEditable(report.getStatus())) {
            throw new BusinessException("workflow.readOnly." + report.getStatus().name());
        }
        requireOpenFor(report.getStatus(), report.getPeriod());
    }

    /** A closed period takes no new report and no draft, only the corrections of a returned one. */
    private static void requireOpenFor(ReportStatus status, ReportingPeriod period) {
        if (!ReportTransitions.mayChange(status, period.isOpen())) {
            throw new BusinessException("workflow.periodClosed", period.name());
        }
    }

    private static String requireReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("workflow.reason.required");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new BusinessException("workflow.reason.tooLong", VnFormat.integer(MAX_REASON_LENGTH));
        }
        return text;
    }

    private static BusinessException concurrentChange() {
        return new BusinessException("workflow.concurrentChange");
    }
}
