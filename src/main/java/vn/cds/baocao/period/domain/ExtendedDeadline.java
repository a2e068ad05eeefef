package vn.cds.baocao.period.domain;

import java.time.LocalDate;

/** The deadline an administrator granted one unit in one period, as plain values. */
public record ExtendedDeadline(long periodId, long unitId, LocalDate deadline) {
}
