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
import java.util.ArrayList;
import java.util.List;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A part of a bulletin, with its heading as printed and its items in order. */
@Entity
@Table(name = "bulletin_section")
public class BulletinSection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id")
    private Bulletin bulletin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SectionKind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String heading;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BulletinItem> items = new ArrayList<>();

    protected BulletinSection() {
    }

    public BulletinSection(Bulletin bulletin, SectionKind kind, int position, String heading) {
        this.bulletin = bulletin;
        this.kind = kind;
        this.position = position;
        this.heading = heading;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public SectionKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<BulletinItem> getItems() {
        return items;
    }
}
