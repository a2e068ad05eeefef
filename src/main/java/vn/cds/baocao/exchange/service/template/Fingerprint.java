package vn.cds.baocao.exchange.service.template;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short digest of a unit's values as written into (or read from) a template: indicator code → value, empty
 * values left out, numbers without trailing zeros. Equal fingerprints mean the file holds the unit's values
 * unchanged, so an all-units import leaves that unit alone.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /** @param values indicator code → number ({@link BigDecimal}) or text; nulls and blanks are ignored */
    static String of(Map<String, Object> values) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(values).forEach((code, value) -> {
            String text = canonical(value);
            if (!text.isEmpty()) {
                canonical.append(code).append('=').append(text).append('\n');
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String canonical(Object value) {
        if (value instanceof BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        return value == null ? "" : value.toString().strip();
    }
}
