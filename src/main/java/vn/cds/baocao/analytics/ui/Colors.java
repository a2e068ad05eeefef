package vn.cds.baocao.analytics.ui;

/** Bar colours of the ranking charts (readable on white and for colour-blind readers with the legend). */
final class Colors {

    static final String TOP = "#2e7d32";
    static final String BOTTOM = "#c62828";
    static final String OTHER = "#1565c0";

    private Colors() {
    }

    static String of(boolean top, boolean bottom) {
        return top ? TOP : bottom ? BOTTOM : OTHER;
    }
}
