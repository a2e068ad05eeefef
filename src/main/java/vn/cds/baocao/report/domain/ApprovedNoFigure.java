package vn.cds.baocao.report.domain;

/** A value of an approved report marked as having no figure, with the reporter's reason. */
public record ApprovedNoFigure(long unitId, long indicatorId, NoFigure kind, String reason,
                               java.time.LocalDateTime approvedAt) {
}
