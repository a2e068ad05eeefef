package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.period.domain.PeriodWindows;
import vn.cds.baocao.period.domain.PeriodWindows.Conflict;
import vn.cds.baocao.period.domain.PeriodWindows.Kind;
import vn.cds.baocao.period.domain.PeriodWindows.Window;

/** The rhythm and the "no overlap, no gap" rule of the report series, without a database. */
class PeriodWindowsTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final YearMonth JULY = YearMonth.of(2024, 7);

    private static Window window(int fromMonth, int fromDay, int toMonth, int toDay) {
        return new Window(LocalDate.of(2024, fromMonth, fromDay), LocalDate.of(2024, toMonth, toDay));
    }

    /** The seeds: Tháng 3/2024 ran 21/3–20/4, Tháng 7/2024 22/7–20/8. */
    private static PeriodWindows seeds() {
        return PeriodWindows.of(Map.of(MARCH, window(3, 21, 4, 20), JULY, window(7, 22, 8, 20)));
    }

    @Test
    void aNewWindowStartsTheDayAfterThePreviousOneAndEndsOnTheCutOffDayOfTheNextMonth() {
        assertThat(seeds().rhythm(APRIL, 20)).contains(window(4, 21, 5, 20));
        assertThat(seeds().rhythm(YearMonth.of(2024, 8), 20)).contains(window(8, 21, 9, 20));
    }

    @Test
    void theLastNewWindowBeforeAnExistingPeriodEndsTheDayBeforeIt() {
        PeriodWindows windows = seeds();
        windows.put(YearMonth.of(2024, 5), window(5, 21, 6, 20));
        assertThat(windows.rhythm(JUNE, 20)).as("stretched to meet Tháng 7/2024 on 22/7").contains(window(6, 21, 7, 21));
    }

    @Test
    void withoutThePreviousMonthTheWindowStartsTheDayAfterTheCutOffDay() {
        assertThat(new PeriodWindows().rhythm(APRIL, 20)).contains(window(4, 21, 5, 20));
        assertThat(seeds().rhythm(JUNE, 20)).as("Tháng 5/2024 missing: its days stay free for it")
                .contains(window(6, 21, 7, 21));
    }

    @Test
    void noRoomBetweenNeighbours() {
        PeriodWindows windows = PeriodWindows.of(Map.of(MARCH, window(3, 21, 4, 20), YearMonth.of(2024, 5),
                window(4, 21, 5, 20)));
        assertThat(windows.rhythm(APRIL, 20)).isEmpty();
    }

    @Test
    void anOverlapNamesTheNeighbourAndTheSharedDays() {
        assertThat(seeds().check(APRIL, window(3, 15, 4, 14))).contains(
                new Conflict(Kind.OVERLAP, MARCH, window(3, 21, 4, 20), LocalDate.of(2024, 3, 21),
                        LocalDate.of(2024, 4, 14)));
        assertThat(seeds().check(JUNE, window(6, 21, 7, 25))).as("with the nearest later period")
                .contains(new Conflict(Kind.OVERLAP, JULY, window(7, 22, 8, 20), LocalDate.of(2024, 7, 22),
                        LocalDate.of(2024, 7, 25)));
    }

    @Test
    void aGapNextToTheAdjacentMonthNamesTheMissingDays() {
        assertThat(seeds().check(APRIL, window(4, 22, 5, 20))).contains(
                new Conflict(Kind.GAP, MARCH, window(3, 21, 4, 20), LocalDate.of(2024, 4, 21),
                        LocalDate.of(2024, 4, 21)));
        assertThat(seeds().check(JUNE, window(6, 21, 7, 20))).contains(
                new Conflict(Kind.GAP, JULY, window(7, 22, 8, 20), LocalDate.of(2024, 7, 21),
                        LocalDate.of(2024, 7, 21)));
    }

    @Test
    void adjacentWindowsFitAndAMissingMonthInBetweenIsNoGap() {
        assertThat(seeds().check(APRIL, window(4, 21, 5, 20))).isEmpty();
        assertThat(seeds().check(JUNE, window(6, 21, 7, 21))).isEmpty();
        assertThat(seeds().check(APRIL, window(4, 21, 4, 30))).as("Tháng 5/2024 does not exist: no neighbour after")
                .isEmpty();
    }

    @Test
    void aPeriodIsNotComparedWithItsOwnOldWindow() {
        PeriodWindows windows = seeds();
        windows.put(APRIL, window(3, 15, 4, 14));
        assertThat(windows.check(APRIL, window(4, 21, 5, 20))).isEmpty();
    }
}
