package vn.cds.baocao.bulletin.service.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bulletin's downloads as bytes with their file names ("ban-tin_2024-03.docx"), for the service that serves
 * them. The PDF writer loads its fonts once; keep one instance.
 */
public final class BulletinFiles {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    private final BulletinDocxWriter docx = new BulletinDocxWriter();
    private final BulletinPdfWriter pdf = new BulletinPdfWriter();

    /** A written file: its name, media type and content. */
    public record File(String name, String mediaType, byte[] content) {
    }

    public File docx(BulletinContent bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            docx.write(bulletin, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(bulletin.fileBaseName() + ".docx", DOCX_TYPE, out.toByteArray());
    }

    public File pdf(BulletinContent bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            pdf.write(bulletin, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(bulletin.fileBaseName() + ".pdf", PDF_TYPE, out.toByteArray());
    }
}
