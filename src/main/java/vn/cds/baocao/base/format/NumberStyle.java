package vn.cds.baocao.base.format;

/** How a figure prints (see {@link VnFormat#figure}): a rate in percent, a count, an amount of VND. */
public enum NumberStyle {
    /** "54,20%", "100%". */
    PERCENT,
    /** "1.517". */
    COUNT,
    /** "2.590.659.414" (VND). */
    MONEY
}
