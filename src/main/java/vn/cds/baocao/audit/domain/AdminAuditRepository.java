package vn.cds.baocao.audit.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdminAuditRepository extends JpaRepository<AdminAuditEntry, Long> {

    /** One page of the lines of the filter, sorted by the page; every filter is optional (null = any). */
    @Query("""
            select e from AdminAuditEntry e
            where (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:actor is null or e.actor = :actor)
              and (:objectType is null or e.objectType = :objectType)
              and (:text is null or lower(e.objectKey) like :text or lower(e.details) like :text)""")
    List<AdminAuditEntry> search(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                 @Param("actor") String actor, @Param("objectType") AuditObject objectType,
                                 @Param("text") String text, Pageable page);

    /** How many lines {@link #search} finds in all. */
    @Query("""
            select count(e) from AdminAuditEntry e
            where (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:actor is null or e.actor = :actor)
              and (:objectType is null or e.objectType = :objectType)
              and (:text is null or lower(e.objectKey) like :text or lower(e.details) like :text)""")
    long countSearch(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("actor") String actor,
                     @Param("objectType") AuditObject objectType, @Param("text") String text);

    List<AdminAuditEntry> findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject objectType, String objectKey);
}
