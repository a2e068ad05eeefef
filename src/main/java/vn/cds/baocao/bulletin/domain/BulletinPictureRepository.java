package vn.cds.baocao.bulletin.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BulletinPictureRepository extends JpaRepository<BulletinPicture, Long> {

    List<BulletinPicture> findByIdIn(Collection<Long> ids);

    /** Pictures uploaded for the bulletin that none of its items shows any more (replaced or removed). */
    @Modifying
    @Query("""
            delete from BulletinPicture p where p.bulletinId = :bulletinId
            and p.id not in (select i.picture.id from BulletinItem i where i.picture is not null)""")
    int deleteUnused(@Param("bulletinId") long bulletinId);
}
