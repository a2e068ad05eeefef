package vn.cds.baocao.period.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** One value of an agency setting, in force from {@code validFrom} until the next value of the same key. */
@Entity
@Table(name = "agency_setting")
public class AgencySetting extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_key", nullable = false, length = 48)
    private AgencySettingKey key;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected AgencySetting() {
    }

    public AgencySetting(AgencySettingKey key, LocalDate validFrom, String value, String updatedBy,
                         LocalDateTime updatedAt) {
        this.key = key;
        this.validFrom = validFrom;
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void change(String value, String updatedBy, LocalDateTime updatedAt) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public AgencySettingKey getKey() {
        return key;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getValue() {
        return value;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
