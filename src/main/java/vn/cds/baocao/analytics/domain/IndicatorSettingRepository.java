package vn.cds.baocao.analytics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorSettingRepository extends JpaRepository<IndicatorSetting, Long> {

    /**
     * Every indicator's settings. A query rather than {@code findAll()}: that one builds a criteria query at every
     * call, which cost more than the statement on every dashboard's computation.
     */
    @Query("select s from IndicatorSetting s")
    List<IndicatorSetting> findAllSettings();
}
