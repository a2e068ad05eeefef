package vn.cds.baocao.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cds.baocao.base.format.VnFormat;

/**
 * The printing and OCR errors listed in the seed data's ANOMALIES.md (anomalies.csv). A damaged number with a
 * high-confidence best guess is corrected, the printed text kept in the value's note; every other anomaly only
 * adds a note and the value stays as printed.
 */
final class SeedAnomalies {

    private final Map<String, Map<String, String>> byCell = new HashMap<>();

    SeedAnomalies(List<Map<String, String>> anomalies) {
        for (Map<String, String> anomaly : anomalies) {
            byCell.put(key(anomaly.get("report"), anomaly.get("unit_code"), anomaly.get("column")), anomaly);
        }
    }

    /** The anomaly recorded for a cell, if any. */
    Optional<Map<String, String>> of(String report, String unitCode, String column) {
        return Optional.ofNullable(byCell.get(key(report, unitCode, column)));
    }

    /** The corrected value for a confidently repaired damaged number. */
    static Optional<BigDecimal> correction(Map<String, String> anomaly) {
        if (!"damaged number".equals(anomaly.get("category")) || !"high".equals(anomaly.get("confidence"))) {
            return Optional.empty();
        }
        // best_guess uses the table's own convention: "," separates thousands
        return Optional.of(new BigDecimal(anomaly.get("best_guess").replace(",", "")));
    }

    /** Vietnamese note for the value: what was printed, and what was done about it. */
    static String note(Map<String, String> anomaly, BigDecimal corrected) {
        String printed = anomaly.get("raw").isBlank() ? "(ô trống)" : anomaly.get("raw");
        if (corrected != null) {
            return "Số in trong báo cáo gốc: " + printed + ". Đã hiệu chỉnh thành " + VnFormat.integer(corrected)
                    + " theo ANOMALIES.md " + anomaly.get("id") + " (độ tin cậy cao).";
        }
        return "Lưu ý ANOMALIES.md " + anomaly.get("id") + ": bản in ghi " + printed
                + "; giữ nguyên như bản in, chưa có căn cứ chắc chắn để hiệu chỉnh.";
    }

    private static String key(String report, String unitCode, String column) {
        return report + "|" + unitCode + "|" + column;
    }
}
