package vn.cds.baocao.audit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;

/**
 * What an administrative action changed, as the audit log stores it: "Họ và tên: A → B; Vai trò: Cán bộ báo cáo".
 * Written in Vietnamese, the language of the province's records, whatever the administrator's interface language.
 */
public final class AuditDetails {

    private final List<String> parts = new ArrayList<>();

    public static AuditDetails of() {
        return new AuditDetails();
    }

    /** A field and its value. */
    public AuditDetails value(String field, Object value) {
        parts.add(label(field) + ": " + text(value));
        return this;
    }

    /** A field that changed; nothing is written when the value stayed the same. */
    public AuditDetails change(String field, Object before, Object after) {
        if (!sameValue(before, after)) {
            parts.add(label(field) + ": " + text(before) + " → " + text(after));
        }
        return this;
    }

    /** A free sentence (e.g. a reason given by the administrator). */
    public AuditDetails note(String field, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(label(field) + ": " + text.strip());
        }
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public String text() {
        return String.join("; ", parts);
    }

    @Override
    public String toString() {
        return text();
    }

    private static boolean sameValue(Object before, Object after) {
        if (before instanceof BigDecimal b && after instanceof BigDecimal a) {
            return b.compareTo(a) == 0;
        }
        return Objects.equals(before, after);
    }

    private static String label(String field) {
        return Messages.get(Messages.VIETNAMESE, "admin.audit.field." + field);
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "—";
            case String s when s.isBlank() -> "—";
            case LocalDate date -> VnFormat.date(date);
            case LocalDateTime dateTime -> VnFormat.dateTime(dateTime);
            case BigDecimal number -> number.stripTrailingZeros().toPlainString().replace('.', ',');
            case Boolean flag -> Messages.get(Messages.VIETNAMESE, flag ? "admin.audit.yes" : "admin.audit.no");
            case List<?> items -> items.isEmpty() ? "—"
                    : items.stream().map(AuditDetails::text).collect(Collectors.joining(", "));
            case Collection<?> items -> items.isEmpty() ? "—"
                    : items.stream().map(AuditDetails::text).sorted().collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
