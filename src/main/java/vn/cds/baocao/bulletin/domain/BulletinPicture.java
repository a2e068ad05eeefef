package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A picture of an item, checked on upload (JPEG/PNG, size and dimensions), kept in the database. */
@Entity
@Table(name = "bulletin_picture")
public class BulletinPicture extends AbstractEntity {

    @Column(name = "bulletin_id", nullable = false)
    private long bulletinId;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected BulletinPicture() {
    }

    public BulletinPicture(long bulletinId, String mediaType, int width, int height, byte[] content,
                           String createdBy, LocalDateTime createdAt) {
        this.bulletinId = bulletinId;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getBulletinId() {
        return bulletinId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
