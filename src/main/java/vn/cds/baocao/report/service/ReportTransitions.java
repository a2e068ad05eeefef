package vn.cds.baocao.report.service;

import java.util.Map;
import java.util.Set;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * The allowed moves of a report. Who may make each move is checked by the service methods (role and unit);
 * this table says from which status a move starts and where it ends.
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

    /** Values can be changed only while the unit holds the report. */
    public static boolean isEditable(ReportStatus status) {
        return status == null || status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }
}
