package vn.cds.baocao.bulletin.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cds.baocao.bulletin.domain.BulletinStatus;

/**
 * A line of a bulletin list.
 *
 * @param numberLine "03/BC-STTTT"
 * @param excerpt    the first words of the first article, for the readers' list (may be empty)
 */
public record BulletinSummary(long id, long periodId, String periodLabel, int edition, BulletinStatus status,
                              String numberLine, LocalDate issuedOn, String title, String excerpt,
                              String updatedBy, LocalDateTime updatedAt, LocalDateTime publishedAt) {

    public boolean isCorrection() {
        return edition > 1;
    }
}
