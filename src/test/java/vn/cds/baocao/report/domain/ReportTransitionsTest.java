package vn.cds.baocao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transition table's answers for a report not yet started (status {@code null}): the empty form of a period. */
class ReportTransitionsTest {

    @ParameterizedTest
    @EnumSource(ReportAction.class)
    void aReportNotYetStartedMakesNoMove(ReportAction action) {
        assertThat(ReportTransitions.isAllowed(action, null)).isFalse();
    }

    @Test
    void aReportNotYetStartedIsWithTheUnitWhileThePeriodIsOpen() {
        assertThat(ReportTransitions.isEditable(null)).isTrue();
        assertThat(ReportTransitions.mayChange(null, true)).isTrue();
        assertThat(ReportTransitions.mayChange(null, false)).as("a closed period takes no new report").isFalse();
    }
}
