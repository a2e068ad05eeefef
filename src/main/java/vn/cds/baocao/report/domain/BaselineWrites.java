package vn.cds.baocao.report.domain;

import java.util.Collection;
import java.util.List;

/** Replacing a report's baseline by key, with as few locks as InnoDB allows (see {@link BaselineWritesImpl}). */
public interface BaselineWrites {

    /** Writes the figures as the report's baseline rows, inserting new keys and overwriting existing ones. */
    void upsertBaseline(long reportId, List<Figure> figures);

    /** Deletes the report's baseline rows of these indicators (rows that exist: each key is locked, no gap). */
    void deleteBaseline(long reportId, Collection<Long> indicatorIds);

    /**
     * The report's figures and the baseline rows no figure matches any more, in one statement (plain reads, no
     * lock): a review of a report that has a baseline needs both.
     */
    FiguresAgainstBaseline figuresAgainstBaseline(long reportId);
}
