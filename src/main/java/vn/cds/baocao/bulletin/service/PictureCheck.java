package vn.cds.baocao.bulletin.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Accepts a picture only when its bytes are a JPEG or PNG (whatever the file is called), of at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE} pixels a side: the size is read from the header, the picture is not
 * decoded, so a "decompression bomb" costs nothing.
 */
final class PictureCheck {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 8000;

    record Checked(String mediaType, int width, int height) {
    }

    private PictureCheck() {
    }

    static Checked check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("bulletin.picture.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("bulletin.picture.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String mediaType = mediaType(content);
        if (mediaType == null) {
            throw new BusinessException("bulletin.picture.notImage");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BusinessException("bulletin.picture.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new BusinessException("bulletin.picture.tooWide", String.valueOf(MAX_SIDE));
                }
                return new Checked(mediaType, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException refused) {
                throw refused;
            }
            throw new BusinessException("bulletin.picture.notImage");
        }
    }

    /** By the file's signature: PNG 89 50 4E 47 0D 0A 1A 0A, JPEG FF D8 FF. */
    private static String mediaType(byte[] c) {
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G'
                && c[4] == 0x0D && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return "image/png";
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
