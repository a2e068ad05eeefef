package vn.cds.baocao.period.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic: Saturdays, Sundays and the configured holidays are not working days. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from}, counting weekends as days off. */
    public static LocalDate add(LocalDate from, int days) {
        return add(from, days, Set.of());
    }

    /** The day that is {@code days} working days after {@code from}, skipping weekends and {@code holidays}. */
    public static LocalDate add(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate day = from;
        int added = 0;
        while (added < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                added++;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, Set.of());
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
