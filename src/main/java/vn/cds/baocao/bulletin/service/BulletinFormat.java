package vn.cds.baocao.bulletin.service;

import vn.cds.baocao.bulletin.service.render.BulletinFiles;

/** The files a bulletin downloads as. */
public enum BulletinFormat {
    DOCX("docx", BulletinFiles.DOCX_TYPE),
    PDF("pdf", BulletinFiles.PDF_TYPE);

    private final String extension;
    private final String mediaType;

    BulletinFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
