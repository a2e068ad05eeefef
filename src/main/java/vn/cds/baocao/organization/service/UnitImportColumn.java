package vn.cds.baocao.organization.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The columns of the unit import file, in the template's order. The headers are part of the file format and are
 * Vietnamese whatever the reader's language (bundle keys {@code admin.unitImport.column.*}, read in Vietnamese).
 */
public enum UnitImportColumn {
    CODE("code", true),
    FULL_NAME("fullName", true),
    SHORT_NAME("shortName", true),
    TYPE("type", true),
    PARENT("parent", false),
    VALID_FROM("validFrom", true);

    private final String key;
    private final boolean required;

    UnitImportColumn(String key, boolean required) {
        this.key = "admin.unitImport.column." + key;
        this.required = required;
    }

    /** The header as the template writes it, e.g. "Hiệu lực từ (dd/MM/yyyy)". */
    public String header() {
        return Messages.get(Messages.VIETNAMESE, key);
    }

    /** The header without its hint in brackets, as error messages name the column: "Hiệu lực từ". */
    public String title() {
        return header().replaceAll("\\s*\\(.*\\)\\s*$", "");
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names: case, spacing, accents' encoding and a hint in brackets do not matter. */
    static Optional<UnitImportColumn> ofHeader(String text) {
        String wanted = normalized(text);
        return Arrays.stream(values()).filter(c -> normalized(c.header()).equals(wanted)).findFirst();
    }

    private static String normalized(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return nfc.replaceAll("\\s*\\(.*\\)\\s*$", "").replaceAll("\\s+", " ").strip()
                .toLowerCase(Messages.VIETNAMESE);
    }
}
