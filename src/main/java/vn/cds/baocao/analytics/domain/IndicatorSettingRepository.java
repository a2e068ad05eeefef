package vn.cds.baocao.analytics.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorSettingRepository extends JpaRepository<IndicatorSetting, Long> {

    /**
     * Every indicator's settings, to edit them (the dashboards read {@link IndicatorSettingRows}). A query rather
     * than {@code findAll()}, which builds a criteria query at every call.
     */
    @Query("select s from IndicatorSetting s")
    List<IndicatorSetting> findAllSettings();

    /** {@link #findAllSettings()} by indicator id. */
    default Map<Long, IndicatorSetting> byIndicator() {
        Map<Long, IndicatorSetting> byIndicator = new HashMap<>();
        findAllSettings().forEach(s -> byIndicator.put(s.getIndicatorId(), s));
        return byIndicator;
    }
}
