package vn.cds.baocao.period.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data windows of the one monthly report series, and the one owner of its two rules:
 * <ul>
 *   <li><b>the rhythm</b> — a new period's window starts the day after the previous period's window ends and ends on
 *   the cut-off day of the month after its own month (the province's series: Tháng 3/2024 ran 21/3–20/4/2024); the
 *   last period before an existing one ends the day before that one starts;</li>
 *   <li><b>no overlap, no gap</b> — a window may not share a day with the nearest period before or after it, and
 *   leaves no day out between itself and the period of the month just before or just after it.</li>
 * </ul>
 * Only the neighbours of the period being placed are checked: an overlap or gap between two old periods does not
 * stop a new period or an edit elsewhere (a production database is never rewritten). Plain values, no database.
 */
public final class PeriodWindows {

    /** The latest cut-off day a month always has. */
    public static final int MAX_CUT_OFF_DAY = 28;

    private final NavigableMap<YearMonth, Window> series = new TreeMap<>();

    public static PeriodWindows of(Iterable<ReportingPeriod> periods) {
        PeriodWindows windows = new PeriodWindows();
        periods.forEach(p -> windows.put(p.yearMonth(), new Window(p.getDataFrom(), p.getDataTo())));
        return windows;
    }

    public static PeriodWindows of(Map<YearMonth, Window> periods) {
        PeriodWindows windows = new PeriodWindows();
        periods.forEach(windows::put);
        return windows;
    }

    /** Adds or replaces the window of {@code month}. */
    public void put(YearMonth month, Window window) {
        series.put(month, window);
    }

    public Optional<Window> get(YearMonth month) {
        return Optional.ofNullable(series.get(month));
    }

    /**
     * The window the rhythm gives a new period of {@code month}: from the day after the previous month's window
     * (or the day after the cut-off day of {@code month} when there is none) to the cut-off day of the next month,
     * or to the day before the window of an existing later period. Empty when the neighbours leave no room.
     *
     * @param cutOffDay the day of the next month the window ends on (1–{@value #MAX_CUT_OFF_DAY})
     */
    public Optional<Window> rhythm(YearMonth month, int cutOffDay) {
        if (cutOffDay < 1 || cutOffDay > MAX_CUT_OFF_DAY) {
            throw new IllegalArgumentException("cut-off day " + cutOffDay);
        }
        Map.Entry<YearMonth, Window> before = series.lowerEntry(month);
        Map.Entry<YearMonth, Window> after = series.higherEntry(month);
        LocalDate from = month.atDay(cutOffDay).plusDays(1);
        if (before != null && (before.getKey().equals(month.minusMonths(1)) || !before.getValue().to().isBefore(from))) {
            from = before.getValue().to().plusDays(1);
        }
        LocalDate to = month.plusMonths(1).atDay(cutOffDay);
        if (after != null && (after.getKey().equals(month.plusMonths(1)) || !after.getValue().from().isAfter(to))) {
            to = after.getValue().from().minusDays(1);
        }
        return to.isBefore(from) ? Optional.empty() : Optional.of(new Window(from, to));
    }

    /**
     * What is wrong with giving {@code month} the window {@code window}, compared with its neighbours (its own
     * current window, if any, is ignored). Empty when it fits.
     */
    public Optional<Conflict> check(YearMonth month, Window window) {
        Map.Entry<YearMonth, Window> before = series.lowerEntry(month);
        Map.Entry<YearMonth, Window> after = series.higherEntry(month);
        if (before != null) {
            Window previous = before.getValue();
            if (!previous.to().isBefore(window.from())) {
                return Optional.of(new Conflict(Kind.OVERLAP, before.getKey(), previous,
                        max(previous.from(), window.from()), min(previous.to(), window.to())));
            }
            if (before.getKey().equals(month.minusMonths(1)) && previous.to().plusDays(1).isBefore(window.from())) {
                return Optional.of(new Conflict(Kind.GAP, before.getKey(), previous,
                        previous.to().plusDays(1), window.from().minusDays(1)));
            }
        }
        if (after != null) {
            Window next = after.getValue();
            if (!next.from().isAfter(window.to())) {
                return Optional.of(new Conflict(Kind.OVERLAP, after.getKey(), next,
                        max(next.from(), window.from()), min(next.to(), window.to())));
            }
            if (after.getKey().equals(month.plusMonths(1)) && window.to().plusDays(1).isBefore(next.from())) {
                return Optional.of(new Conflict(Kind.GAP, after.getKey(), next,
                        window.to().plusDays(1), next.from().minusDays(1)));
            }
        }
        return Optional.empty();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A data window, both days included. */
    public record Window(LocalDate from, LocalDate to) {
    }

    public enum Kind {
        /** The windows share the days {@code from}–{@code to}. */
        OVERLAP,
        /** The days {@code from}–{@code to} between the two windows belong to no period. */
        GAP
    }

    /**
     * The window clashes with the neighbouring period of {@code neighbour} (whose window is {@code neighbourWindow})
     * on the days {@code from}–{@code to}.
     */
    public record Conflict(Kind kind, YearMonth neighbour, Window neighbourWindow, LocalDate from, LocalDate to) {
    }
}
