package vn.cds.baocao.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** How the dashboards use one indicator: its composite-ranking weight, the decimals of its TỔNG
 * and its place among the leaders' key figures. */
@Entity
@Table(name = "analytics_indicator_setting")
public class IndicatorSetting {

    @Id
    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(name = "composite_weight", nullable = false, precision = 6, scale = 2)
    private BigDecimal compositeWeight = BigDecimal.ZERO;

    @Column(name = "total_decimals")
    private Integer totalDecimals;

    /** Position among the key figures of the leaders' home page; null: not shown there. */
    @Column(name = "home_order")
    private Integer homeOrder;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected IndicatorSetting() {
    }

    public IndicatorSetting(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public BigDecimal getCompositeWeight() {
        return compositeWeight;
    }

    public void setCompositeWeight(BigDecimal compositeWeight) {
        this.compositeWeight = compositeWeight;
    }

    public Integer getTotalDecimals() {
        return totalDecimals;
    }

    public void setTotalDecimals(Integer totalDecimals) {
        this.totalDecimals = totalDecimals;
    }

    public Integer getHomeOrder() {
        return homeOrder;
    }

    public void setHomeOrder(Integer homeOrder) {
        this.homeOrder = homeOrder;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void touch(String username, LocalDateTime at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    public long getVersion() {
        return version;
    }
}
