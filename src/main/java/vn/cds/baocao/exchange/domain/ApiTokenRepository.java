package vn.cds.baocao.exchange.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

    /** One page of the tokens, sorted by the page. */
    List<ApiToken> findBy(Pageable page);

    /** Notes the last use without touching anything else (no version, no audit: it is not an administrative act). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    int markUsed(long id, LocalDateTime at);
}
