package vn.cds.baocao.bulletin.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BulletinEventRepository extends JpaRepository<BulletinEvent, Long> {

    List<BulletinEvent> findByBulletinIdOrderByOccurredAtAscIdAsc(long bulletinId);
}
