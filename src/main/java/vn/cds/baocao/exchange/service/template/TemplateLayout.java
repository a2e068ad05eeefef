package vn.cds.baocao.exchange.service.template;

/** Where things are in the two templates (0-based rows and columns), shared by the writer and the reader. */
final class TemplateLayout {

    /** Protects the layout against accidental edits only: the import checks every cell whatever the file says. */
    static final String PROTECTION = "cds-mau-nhap";

    /** One unit: sheet "Số liệu", one row per indicator. */
    static final String UNIT_SHEET = "Số liệu";
    static final int UNIT_HEADER_ROW = 5;
    static final int UNIT_FIRST_ROW = 6;
    static final int UNIT_CODE = 0;
    static final int UNIT_NUMBER = 1;
    static final int UNIT_SECTION = 2;
    static final int UNIT_INDICATOR = 3;
    static final int UNIT_MEASURE = 4;
    static final int UNIT_PREVIOUS = 5;
    static final int UNIT_VALUE = 6;
    static final int UNIT_EXPLANATION = 7;

    /** All units: one sheet per section, one row per unit, one column per indicator. */
    static final int ALL_CODES_ROW = 4;
    static final int ALL_HEADER_ROW = 5;
    static final int ALL_FIRST_ROW = 6;
    static final int ALL_UNIT_CODE = 0;
    static final int ALL_NUMBER = 1;
    static final int ALL_UNIT_NAME = 2;
    static final int ALL_STATUS = 3;
    static final int ALL_FIRST_INDICATOR = 4;

    /**
     * Rows below a template's last row that are still read, so a few rows added by mistake are reported each with
     * its own problem; anything further down stops the reading (a template never has it).
     */
    static final int SPARE_ROWS = 50;

    private TemplateLayout() {
    }
}
