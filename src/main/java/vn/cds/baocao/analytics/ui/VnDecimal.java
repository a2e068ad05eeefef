package vn.cds.baocao.analytics.ui;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a number typed the Vietnamese way: "1", "0,5", "1.000,25" (dot groups thousands, comma is decimal). */
final class VnDecimal {

    private static final Pattern VIETNAMESE = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private VnDecimal() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace(" ", "");
        if (!VIETNAMESE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(".", "").replace(',', '.')));
    }
}
