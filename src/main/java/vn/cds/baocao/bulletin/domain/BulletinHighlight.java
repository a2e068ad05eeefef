package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.cds.baocao.base.domain.AbstractEntity;

/**
 * A "Từ bảng trên cho thấy" sentence of a statistics table: the one the data gave, and the author's edit of it
 * (null: printed as generated). Both are kept so the approver sees the difference.
 */
@Entity
@Table(name = "bulletin_highlight")
public class BulletinHighlight extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id")
    private Bulletin bulletin;

    @Column(name = "table_code", nullable = false, length = 64)
    private String tableCode;

    @Column(nullable = false)
    private int position;

    @Column(name = "generated_text", nullable = false, columnDefinition = "TEXT")
    private String generatedText;

    @Column(name = "edited_text", columnDefinition = "TEXT")
    private String editedText;

    protected BulletinHighlight() {
    }

    public BulletinHighlight(Bulletin bulletin, String tableCode, int position, String generatedText) {
        this.bulletin = bulletin;
        this.tableCode = tableCode;
        this.position = position;
        this.generatedText = generatedText;
    }

    public String getTableCode() {
        return tableCode;
    }

    public int getPosition() {
        return position;
    }

    public String getGeneratedText() {
        return generatedText;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setGeneratedText(String generatedText) {
        this.generatedText = generatedText;
    }

    /** The edit; an edit equal to the generated text (or blank) is no edit. */
    public void setEditedText(String editedText) {
        this.editedText = editedText == null || editedText.isBlank() || editedText.strip().equals(generatedText)
                ? null : editedText.strip();
    }

    /** What prints. */
    public String text() {
        return editedText == null ? generatedText : editedText;
    }
}
