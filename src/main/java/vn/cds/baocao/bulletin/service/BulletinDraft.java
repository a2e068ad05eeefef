package vn.cds.baocao.bulletin.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.SectionKind;

/**
 * A bulletin as the editor shows and saves it. {@code version} is the version the editor started from: a save
 * from an older version is refused ("bulletin.error.changed").
 *
 * @param periodLabel    "Tháng 3/2024"
 * @param numberPreview  "03/BC-STTTT": the number as the agency's template prints it on the issue date
 * @param statisticsTakenAt when the statistics were taken from approved data
 */
public record BulletinDraft(long id, long version, BulletinStatus status, long periodId, String periodLabel,
                            int edition, String correctionNote, int number, String numberPreview, LocalDate issuedOn,
                            String title, String subtitle, String opening, String closing, String recipients,
                            List<SectionDraft> sections, List<HighlightDraft> highlights,
                            LocalDateTime statisticsTakenAt) {

    /** {@code items} is empty for the statistics section. */
    public record SectionDraft(SectionKind kind, String heading, List<ItemDraft> items) {
    }

    /**
     * @param pictureId a picture uploaded for this bulletin ({@code BulletinComposer.uploadPicture}), or null
     */
    public record ItemDraft(String title, String body, String source, String docNumber, LocalDate docDate,
                            String docIssuer, Long pictureId, String pictureCaption) {
    }

    /**
     * A generated highlight sentence and its edit ({@code edited} null: printed as generated).
     *
     * @param tableTitle "1. Dịch vụ công trực tuyến", to show where the sentence belongs
     */
    public record HighlightDraft(String tableCode, String tableTitle, int position, String generated,
                                 String edited) {

        public boolean isEdited() {
            return edited != null;
        }
    }
}
