package vn.cds.baocao.bulletin.domain;

import java.util.Map;
import java.util.Set;

/**
 * The allowed moves of a bulletin, the one place that says what is locked — as {@code ReportTransitions} does for
 * a unit's report. Who may make each move (role, not the submitter) is checked by the services.
 */
public final class BulletinTransitions {

    private record Move(Set<BulletinStatus> from, BulletinStatus to) {
    }

    private static final Set<BulletinStatus> WITH_COMPOSERS = Set.of(BulletinStatus.DRAFT, BulletinStatus.RETURNED);

    private static final Map<BulletinAction, Move> MOVES = Map.of(
            BulletinAction.SAVE, new Move(WITH_COMPOSERS, null),
            BulletinAction.REFRESH_STATISTICS, new Move(WITH_COMPOSERS, null),
            BulletinAction.SUBMIT, new Move(WITH_COMPOSERS, BulletinStatus.SUBMITTED),
            BulletinAction.RETURN, new Move(Set.of(BulletinStatus.SUBMITTED), BulletinStatus.RETURNED),
            BulletinAction.PUBLISH, new Move(Set.of(BulletinStatus.SUBMITTED), BulletinStatus.PUBLISHED),
            BulletinAction.CORRECT, new Move(Set.of(BulletinStatus.PUBLISHED), null),
            BulletinAction.SUPERSEDE, new Move(Set.of(BulletinStatus.PUBLISHED), BulletinStatus.SUPERSEDED));

    private BulletinTransitions() {
    }

    public static boolean isAllowed(BulletinAction action, BulletinStatus from) {
        Move move = MOVES.get(action);
        return move != null && move.from().contains(from);
    }

    /** The status after the move; the same status for moves that change only the content. */
    public static BulletinStatus target(BulletinAction action, BulletinStatus from) {
        BulletinStatus to = MOVES.get(action).to();
        return to == null ? from : to;
    }

    /** The composers may change the content: a draft, or returned to them. */
    public static boolean isEditable(BulletinStatus status) {
        return WITH_COMPOSERS.contains(status);
    }

    /** The leaders may read it: published, or published and later corrected. */
    public static boolean isPublic(BulletinStatus status) {
        return status == BulletinStatus.PUBLISHED || status == BulletinStatus.SUPERSEDED;
    }
}
