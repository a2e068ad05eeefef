package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.cds.baocao.base.domain.AbstractEntity;

/** An article, news item or directive summary: a title, a Markdown body and at most one picture. */
@Entity
@Table(name = "bulletin_item")
public class BulletinItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private BulletinSection section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(length = 500)
    private String source;

    @Column(name = "doc_number", length = 100)
    private String docNumber;

    @Column(name = "doc_date")
    private LocalDate docDate;

    @Column(name = "doc_issuer", length = 300)
    private String docIssuer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "picture_id")
    private BulletinPicture picture;

    @Column(name = "picture_caption", length = 500)
    private String pictureCaption;

    protected BulletinItem() {
    }

    public BulletinItem(BulletinSection section, int position) {
        this.section = section;
        this.position = position;
    }

    public void setContent(String title, String body, String source, String docNumber, LocalDate docDate,
                           String docIssuer, BulletinPicture picture, String pictureCaption) {
        this.title = title;
        this.body = body;
        this.source = source;
        this.docNumber = docNumber;
        this.docDate = docDate;
        this.docIssuer = docIssuer;
        this.picture = picture;
        this.pictureCaption = pictureCaption;
    }

    public BulletinSection getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSource() {
        return source;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public LocalDate getDocDate() {
        return docDate;
    }

    public String getDocIssuer() {
        return docIssuer;
    }

    public BulletinPicture getPicture() {
        return picture;
    }

    public String getPictureCaption() {
        return pictureCaption;
    }
}
