package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.cds.baocao.report.domain.ApprovedFigure;
import vn.cds.baocao.report.domain.ApprovedNoFigure;
import vn.cds.baocao.report.domain.ApprovedValueQueries;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.PeriodMean;
import vn.cds.baocao.report.domain.PeriodUnitValue;

/**
 * The approved figures, for the dashboards, the documents and the API: only values of APPROVED reports ever leave
 * through here. No role check: the callers are services that check theirs (leaders, reviewers, API tokens).
 */
@Service
@Transactional(readOnly = true)
public class ApprovedFigures {

    private static final String COUNTS = ApprovedFigures.class.getName() + ".approvedReportCounts";

    private final ApprovedValueQueries queries;

    public ApprovedFigures(ApprovedValueQueries queries) {
        this.queries = queries;
    }

    /** Every approved value of the period (numbers and texts). */
    public List<ApprovedFigure> ofPeriod(long periodId) {
        return queries.approvedFigures(periodId, null);
    }

    /** The approved values of some units of the period. */
    public List<ApprovedFigure> ofUnits(long periodId, Collection<Long> unitIds) {
        return queries.approvedFigures(periodId, unitIds);
    }

    /** The approved numbers of the period, by unit id and indicator id; {@code unitIds} null for every unit. */
    public Map<Long, Map<Long, BigDecimal>> numbersByUnit(long periodId, Collection<Long> unitIds) {
        return queries.approvedNumbers(periodId, unitIds);
    }

    /**
     * The approved values of the period marked "không phát sinh"/"không có số liệu", by unit id and indicator
     * id. Never numbers: none of the figures' methods returns them.
     */
    public Map<Long, Map<Long, NoFigure>> noFiguresByUnit(long periodId) {
        return queries.approvedNoFigureMarks(periodId);
    }

    /** The approved no-figure values of the period with their reasons (the API, the documents). */
    public List<ApprovedNoFigure> noFigures(long periodId, Collection<Long> unitIds) {
        return queries.approvedNoFigures(periodId, unitIds, null);
    }

    /** One indicator's approved no-figure values of the period, by unit. */
    public Map<Long, NoFigure> noFiguresOfIndicator(long periodId, long indicatorId) {
        Map<Long, NoFigure> marks = new HashMap<>();
        queries.approvedNoFigures(periodId, null, indicatorId).forEach(m -> marks.put(m.unitId(), m.kind()));
        return marks;
    }

    /** One indicator's approved numbers of the period, by unit. */
    public Map<Long, BigDecimal> ofIndicator(long periodId, long indicatorId) {
        return queries.approvedValues(periodId, indicatorId);
    }

    /** Units whose report of the period is approved. */
    public Set<Long> approvedUnits(long periodId) {
        return queries.approvedUnits(periodId);
    }

    /**
     * Number of approved reports per period id. Counted once per HTTP request: a screen asks several times while it
     * builds (the period list, the latest period with approved reports, the previous one), and each count reads
     * every report (57–75 ms at 3.500 units × 60 periods, issue 14). A workflow transition forgets the request's
     * count ({@link #forgetRequestCounts}); outside a request (jobs, tests) it is counted each time.
     */
    public Map<Long, Long> approvedReportCounts() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return queries.approvedReportCounts();
        }
        @SuppressWarnings("unchecked")
        Map<Long, Long> counted = (Map<Long, Long>) request.getAttribute(COUNTS, RequestAttributes.SCOPE_REQUEST);
        if (counted == null) {
            counted = Map.copyOf(queries.approvedReportCounts());
            request.setAttribute(COUNTS, counted, RequestAttributes.SCOPE_REQUEST);
        }
        return counted;
    }

    /** After a report changed status in this request, its next {@link #approvedReportCounts} counts again. */
    static void forgetRequestCounts() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(COUNTS, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** One indicator's approved numbers of some units over several periods. */
    public List<PeriodUnitValue> series(long indicatorId, Collection<Long> periodIds, Collection<Long> unitIds) {
        return queries.approvedSeries(indicatorId, periodIds, unitIds);
    }

    /** Per period: the plain mean of one indicator over every unit with an approved number, and their number. */
    public List<PeriodMean> means(long indicatorId, Collection<Long> periodIds) {
        return queries.approvedMeans(indicatorId, periodIds);
    }
}
