package vn.cds.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.PageRequest;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.review.service.CompletenessService;
import vn.cds.baocao.review.service.ReviewQueueService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.SqlStatements;
import vn.cds.baocao.support.SqlStatements.Recording;
import vn.cds.baocao.support.TestUnits;

/**
 * What one load of the review queue and of the completeness board costs the database (issue 10, item 6), counted
 * at the JDBC level like {@code WorkflowStatementCountTest}. The count must not grow with the number of units or
 * rows shown: the board costs the same for 1 and for 6 periods and after 5 more units, the queue's first page the
 * same for one period's reports and for every report. Before issue 10 the board sent 51 statements for 1 period and
 * 231 for 6 (a deadline look-up per unit and period), the whole queue of every status 152 (units, periods and
 * deadlines looked up row by row).
 */
@CdsSpringTest
class ReviewStatementCountTest {

    private static final String PREFIX = "TEST_REVIEW_SQL";
    private static final int PAGE = 50;

    @Autowired
    CompletenessService completeness;
    @Autowired
    ReviewQueueService queue;
    @Autowired
    TestUnits testUnits;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    SignIn signIn;

    @AfterEach
    void cleanUp() {
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void oneLoadOfTheCompletenessBoardSendsTheSameFewStatementsForAnyRange() {
        signIn.as("reviewer");
        Recording<?> one = SqlStatements.during(() -> completeness.board(YearMonth.of(2024, 7), YearMonth.of(2024, 7),
                null));
        Recording<?> six = SqlStatements.during(() -> completeness.board(YearMonth.of(2024, 7), YearMonth.of(2024, 12),
                null));
        testUnits.create(PREFIX, 5, "DEPARTMENT");
        Recording<?> moreUnits = SqlStatements.during(() -> completeness.board(YearMonth.of(2024, 7),
                YearMonth.of(2024, 12), null));
        System.out.printf("%nCompleteness board, statements per load: 1 period %d, 6 periods %d, 6 periods and 5 more "
                + "units %d%n", one.count(), six.count(), moreUnits.count());
        assertThat(six.count()).as("6 periods: %s", six).isEqualTo(one.count());
        assertThat(moreUnits.count()).as("more units: %s", moreUnits).isEqualTo(one.count());
        assertThat(one.count()).as("1 period: %s", one).isLessThanOrEqualTo(12);
    }

    @Test
    void oneLoadOfTheReviewQueueSendsTheSameFewStatementsForAnyNumberOfRows() {
        signIn.as("reviewer");
        Set<ReportStatus> approved = Set.of(ReportStatus.APPROVED);
        ReviewQueueService.Filter onePeriod = new ReviewQueueService.Filter(
                periods.findByYearAndMonth(2024, 7).orElseThrow().getId(), null, approved);
        ReviewQueueService.Filter everything = new ReviewQueueService.Filter(null, null,
                Set.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.APPROVED));
        Recording<?> fewRows = SqlStatements.during(() -> load(onePeriod));
        Recording<?> manyRows = SqlStatements.during(() -> load(everything));
        Recording<?> wholeList = SqlStatements.during(() -> queue.page(everything, Pageable.unpaged()));
        System.out.printf("%nReview queue, statements per load (count + first page of 50): approved of one period %d, "
                + "every status of every period %d; the whole list of every status (%d rows) %d%n", fewRows.count(), manyRows.count(),
                queue.count(everything), wholeList.count());
        assertThat(queue.count(everything)).as("the demo history has more than a page").isGreaterThan(PAGE);
        assertThat(manyRows.count()).as("every period: %s", manyRows).isEqualTo(fewRows.count());
        // two calls: each reads the signed-in user and sends its 5 transaction commands; then the count, the page
        // with its units and periods, and the deadline extensions of the page's periods
        assertThat(manyRows.count()).as("every status: %s", manyRows).isLessThanOrEqualTo(15);
        assertThat(wholeList.count()).as("the whole list: %s", wholeList).isLessThanOrEqualTo(12);
    }

    /** What the queue's grid asks for when it opens: the count, then the first page. */
    private List<ReviewQueueService.QueueRow> load(ReviewQueueService.Filter filter) {
        queue.count(filter);
        return queue.page(filter, PageRequest.of(0, PAGE));
    }
}
