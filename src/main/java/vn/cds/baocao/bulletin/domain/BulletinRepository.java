package vn.cds.baocao.bulletin.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.base.error.BusinessException;

public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    @Query("select b from Bulletin b join fetch b.period where b.id = :id")
    Optional<Bulletin> findWithPeriod(@Param("id") long id);

    /** The bulletin with its period, or the refusal "bulletin.error.notFound". */
    default Bulletin require(long id) {
        return findWithPeriod(id).orElseThrow(() -> new BusinessException("bulletin.error.notFound"));
    }

    /** The periods that have a bulletin (of any edition). */
    @Query("select distinct b.period.id from Bulletin b")
    List<Long> periodIds();

    /** Every edition of a period's bulletin, newest first. */
    @Query("select b from Bulletin b where b.period.id = :periodId order by b.edition desc")
    List<Bulletin> editionsOf(@Param("periodId") long periodId);

    /** The composers' list: the newest edition of each period's bulletin, whatever its status. */
    @Query("""
            select b from Bulletin b join fetch b.period p
            where b.edition = (select max(o.edition) from Bulletin o where o.period = b.period)
            order by p.year desc, p.month desc""")
    List<Bulletin> newestEditions(Pageable page);

    @Query("select count(b) from Bulletin b where b.edition = (select max(o.edition) from Bulletin o where o.period = b.period)")
    long countNewestEditions();

    /**
     * The readers' list: published bulletins (not their superseded editions), newest issue first; {@code text}
     * (a LIKE pattern, or null) is looked up in the published content, {@code year} (or null) is the period's.
     */
    @Query("""
            select b from Bulletin b join fetch b.period p
            where b.status = vn.cds.baocao.bulletin.domain.BulletinStatus.PUBLISHED
              and (:text is null or b.searchText like :text)
              and (:year is null or p.year = :year)
            order by b.issuedOn desc, p.year desc, p.month desc""")
    List<Bulletin> published(@Param("text") String text, @Param("year") Integer year, Pageable page);

    @Query("""
            select count(b) from Bulletin b
            where b.status = vn.cds.baocao.bulletin.domain.BulletinStatus.PUBLISHED
              and (:text is null or b.searchText like :text)
              and (:year is null or b.period.year = :year)""")
    long countPublished(@Param("text") String text, @Param("year") Integer year);

    @Query("select distinct b.period.year from Bulletin b where b.status = vn.cds.baocao.bulletin.domain.BulletinStatus.PUBLISHED order by b.period.year desc")
    List<Integer> publishedYears();

    long countByStatus(BulletinStatus status);

    /** Published bulletins without statistics: only the demo data's, before its start-up step took them. */
    @Query("select b.id from Bulletin b where b.status = vn.cds.baocao.bulletin.domain.BulletinStatus.PUBLISHED and b.statisticsJson is null")
    List<Long> publishedWithoutStatistics();
}
