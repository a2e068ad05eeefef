package vn.cds.baocao.report.domain;

import java.util.List;

/**
 * A report's figures as they stand, in indicator order, and the indicators its baseline still holds a row for but
 * the report no longer has a figure of (values removed since the last review).
 */
public record FiguresAgainstBaseline(List<Figure> figures, List<Long> removedSinceBaseline) {
}
