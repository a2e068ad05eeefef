package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks with shared places: equal figures share a rank and the next rank skips (1, 2, 2, 4). */
public final class Rankings {

    private Rankings() {
    }

    /** Rank of each unit id; the best figure ranks 1 (the highest, or the lowest when lower is better). */
    public static Map<Long, Integer> rank(Map<Long, BigDecimal> values, boolean higherIsBetter) {
        Comparator<BigDecimal> best = higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Map.Entry<Long, BigDecimal>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.comparingByValue(best));
        Map<Long, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal value = sorted.get(i).getValue();
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
                previous = value;
            }
            ranks.put(sorted.get(i).getKey(), rank);
        }
        return ranks;
    }
}
