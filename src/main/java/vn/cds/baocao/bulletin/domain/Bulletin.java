package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cds.baocao.base.domain.VersionedEntity;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * One edition of a period's bulletin. Its status changes only through {@link #move}; its content only while
 * {@link BulletinTransitions#isEditable}. The version (optimistic locking) refuses a save prepared from an older
 * version, so two editors never overwrite each other silently.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(nullable = false)
    private int edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    private Bulletin corrects;

    @Column(name = "correction_note", columnDefinition = "TEXT")
    private String correctionNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BulletinStatus status;

    @Column(nullable = false)
    private int number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 500)
    private String subtitle;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String opening;

    @Column(nullable = false, length = 1000)
    private String closing;

    @Column(columnDefinition = "TEXT")
    private String recipients;

    @Column(name = "statistics_json", columnDefinition = "LONGTEXT")
    private String statisticsJson;

    @Column(name = "statistics_taken_at")
    private LocalDateTime statisticsTakenAt;

    @Column(name = "search_text", columnDefinition = "MEDIUMTEXT")
    private String searchText;

    @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BulletinSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("tableCode, position")
    private List<BulletinHighlight> highlights = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "published_by", length = 64)
    private String publishedBy;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Bulletin() {
    }

    public Bulletin(ReportingPeriod period, int edition, Bulletin corrects, String actor, LocalDateTime now) {
        this.period = period;
        this.edition = edition;
        this.corrects = corrects;
        this.status = BulletinStatus.DRAFT;
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /**
     * Makes the move if the table allows it from the current status (else "bulletin.error.notAllowed"), and
     * stamps who did it; returns the status it came from.
     */
    public BulletinStatus move(BulletinAction action, String actor, LocalDateTime now) {
        if (!BulletinTransitions.isAllowed(action, status)) {
            throw new BusinessException("bulletin.error.notAllowed");
        }
        BulletinStatus from = status;
        status = BulletinTransitions.target(action, from);
        updatedBy = actor;
        updatedAt = now;
        switch (action) {
            case SUBMIT -> {
                submittedBy = actor;
                submittedAt = now;
            }
            case PUBLISH -> {
                publishedBy = actor;
                publishedAt = now;
            }
            default -> { }
        }
        return from;
    }

    public void setHeader(int number, LocalDate issuedOn, String title, String subtitle, String opening,
                          String closing, String recipients) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.title = title;
        this.subtitle = subtitle;
        this.opening = opening;
        this.closing = closing;
        this.recipients = recipients;
    }

    public void setStatistics(String json, LocalDateTime takenAt) {
        this.statisticsJson = json;
        this.statisticsTakenAt = takenAt;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public int getEdition() {
        return edition;
    }

    public Bulletin getCorrects() {
        return corrects;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public BulletinStatus getStatus() {
        return status;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getOpening() {
        return opening;
    }

    public String getClosing() {
        return closing;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getStatisticsJson() {
        return statisticsJson;
    }

    public LocalDateTime getStatisticsTakenAt() {
        return statisticsTakenAt;
    }

    public List<BulletinSection> getSections() {
        return sections;
    }

    public List<BulletinHighlight> getHighlights() {
        return highlights;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void touched(String actor, LocalDateTime now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }
}
