package vn.cds.baocao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.organization.service.UnitHistory.Relation;
import vn.cds.baocao.period.domain.AgencySettingKey;

/**
 * Every administration text exists in Vietnamese and English: the literal keys in the code (refusal messages
 * included, which the base MessagesTest does not see) and the keys built from enum names.
 */
class AdminMessagesTest {

    private static final Pattern ADMIN_KEY = Pattern.compile("\"((?:menu\\.)?admin\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyLiteralAdministrationKeyExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = ADMIN_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !bothLanguages(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        Set<String> missing = new TreeSet<>();
        for (AuditAction action : AuditAction.values()) {
            check(missing, "admin.audit.action." + action.name());
        }
        for (AuditObject object : AuditObject.values()) {
            check(missing, "admin.audit.object." + object.name());
        }
        for (AgencySettingKey key : AgencySettingKey.values()) {
            check(missing, "admin.settings.key." + key.name());
            check(missing, "admin.settings.help." + key.name());
        }
        for (Aggregation aggregation : Aggregation.values()) {
            check(missing, "admin.aggregation." + aggregation.name());
        }
        for (Comparator comparator : Comparator.values()) {
            check(missing, "admin.comparator." + comparator.name());
        }
        for (Relation relation : Relation.values()) {
            check(missing, "admin.unit.relation." + relation.name());
        }
        for (int day = 1; day <= 7; day++) {
            check(missing, "admin.weekday." + day);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datePickerListsHaveTwelveMonthsAndSevenDays() {
        for (var locale : Messages.SUPPORTED) {
            assertThat(Messages.get(locale, "admin.form.monthNames").split(",")).hasSize(12);
            assertThat(Messages.get(locale, "admin.form.weekdays").split(",")).hasSize(7);
            assertThat(Messages.get(locale, "admin.form.weekdaysShort").split(",")).hasSize(7);
        }
    }

    private static void check(Set<String> missing, String key) {
        if (!bothLanguages(key)) {
            missing.add(key);
        }
    }

    private static boolean bothLanguages(String key) {
        return !Messages.get(Messages.VIETNAMESE, key).startsWith("!")
                && !Messages.get(Messages.ENGLISH, key).startsWith("!");
    }
}
