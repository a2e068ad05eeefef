package vn.cds.baocao.exchange.service.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/** The fonts the PDF writers embed: shipped under {@code fonts/} with their licences, never read from the system. */
public final class PdfFonts {

    private PdfFonts() {
    }

    /** A TrueType font shipped in the application's resources, embedded (Identity-H) in every PDF that uses it. */
    public static BaseFont embedded(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " cannot be read", e);
        }
    }
}
