package vn.cds.baocao.analytics.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorSettingRepository extends JpaRepository<IndicatorSetting, Long> {
}
