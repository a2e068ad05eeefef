package vn.cds.baocao.period.service;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working-day arithmetic: Saturdays and Sundays are not working days. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from}. */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate day = from;
        int added = 0;
        while (added < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
