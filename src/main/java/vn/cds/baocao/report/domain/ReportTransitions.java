package vn.cds.baocao.report.domain;

import java.util.Map;
import java.util.Set;

/**
 * The allowed moves of a report, and what follows from them: whether the unit may still change its values, whether
 * a reviewer may act. Who may make each move is checked by the service methods (role and unit); this table says
 * from which status a move starts and where it ends. Every screen, import and service asks here.
 */
public final class ReportTransitions {

    private record Move(Set<ReportStatus> from, ReportStatus to) {
    }

    private static final Map<ReportAction, Move> MOVES = Map.of(
            ReportAction.SUBMIT, new Move(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED),
            ReportAction.WITHDRAW, new Move(Set.of(ReportStatus.SUBMITTED), ReportStatus.DRAFT),
            ReportAction.APPROVE, new Move(Set.of(ReportStatus.SUBMITTED), ReportStatus.APPROVED),
            ReportAction.RETURN, new Move(Set.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED),
            ReportAction.REOPEN, new Move(Set.of(ReportStatus.APPROVED), ReportStatus.RETURNED));

    private ReportTransitions() {
    }

    public static boolean isAllowed(ReportAction action, ReportStatus from) {
        Move move = MOVES.get(action);
        return move != null && move.from().contains(from);
    }

    /** Where the move ends; only for allowed moves. */
    public static ReportStatus target(ReportAction action) {
        return MOVES.get(action).to();
    }

    /**
     * The report is with the unit: not started ({@code null}), a draft, or returned — exactly the statuses it can
     * be submitted from. Values can be changed only then, and only then does the unit's deadline count.
     */
    public static boolean isEditable(ReportStatus status) {
        return status == null || isAllowed(ReportAction.SUBMIT, status);
    }

    /**
     * The unit may change (and submit) the report now: it is with the unit, and the period is open — a closed
     * period still takes the corrections of a returned report, but no new report and no draft.
     */
    public static boolean mayChange(ReportStatus status, boolean periodOpen) {
        return isEditable(status) && (periodOpen || status == ReportStatus.RETURNED);
    }
}
