package vn.cds.baocao.period.service;

/**
 * Whether a period already holds reports that were handed in: then its data window is fixed (those figures were
 * reported for it) and its catalog too. Implemented by the reports feature, which period knows nothing of.
 */
public interface SubmittedReports {

    /** True when a report of the period is submitted, returned or approved. */
    boolean existIn(long periodId);
}
