package vn.cds.baocao.analytics.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every indicator's dashboard settings as the dashboards read them, in one light query (every computation of a
 * dashboard reads them; as entities they cost more than the statement). The administrator edits
 * {@link IndicatorSetting}s.
 */
@Repository
public class IndicatorSettingRows {

    /** {@link IndicatorSetting}'s values: weight in the composite ranking, decimals of TỔNG, key-figure order. */
    public record SettingRow(long indicatorId, BigDecimal compositeWeight, Integer totalDecimals, Integer homeOrder) {
    }

    private final JdbcClient jdbc;

    public IndicatorSettingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, SettingRow> byIndicator() {
        Map<Long, SettingRow> byIndicator = new HashMap<>();
        jdbc.sql("SELECT indicator_id, composite_weight, total_decimals, home_order FROM analytics_indicator_setting")
                .query((rs, row) -> new SettingRow(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, Integer.class),
                        rs.getObject(4, Integer.class)))
                .list().forEach(setting -> byIndicator.put(setting.indicatorId(), setting));
        return byIndicator;
    }
}
