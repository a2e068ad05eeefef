package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;

/**
 * "So với tháng trước": the change of a figure against an earlier approved period. Percentages change in
 * percentage points, counts and amounts relatively (in percent of the earlier figure).
 *
 * @param amount       size of the change (≥ 0); null when the earlier figure was 0 and a relative change is undefined
 * @param points       true: {@code amount} is in percentage points
 * @param comparedWith label of the earlier period ("Tháng 3/2024")
 * @param fallback     true when this row is compared with another period than the column header names
 */
public record Change(Direction direction, BigDecimal amount, boolean points, String comparedWith, boolean fallback,
                     BigDecimal previous) {

    public enum Direction { UP, DOWN, SAME }

    /** Signed size, for sorting and for "biggest rise / fall". Undefined relative changes count as ±∞. */
    public double signed() {
        if (direction == Direction.SAME) {
            return 0;
        }
        double size = amount == null ? Double.POSITIVE_INFINITY : amount.doubleValue();
        return direction == Direction.UP ? size : -size;
    }
}
