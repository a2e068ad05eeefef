package vn.cds.baocao.period.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencySettingRepository extends JpaRepository<AgencySetting, Long> {

    /** Every value of every key, newest first within a key. */
    List<AgencySetting> findAllByOrderByKeyAscValidFromDesc();

    Optional<AgencySetting> findFirstByKeyAndValidFromLessThanEqualOrderByValidFromDesc(AgencySettingKey key,
                                                                                     LocalDate day);

    Optional<AgencySetting> findFirstByKeyOrderByValidFromAsc(AgencySettingKey key);

    Optional<AgencySetting> findByKeyAndValidFrom(AgencySettingKey key, LocalDate validFrom);
}
