package vn.cds.baocao.base.i18n;

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

/** Every text exists in Vietnamese and English, and every key the code asks for exists. */
class MessagesTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation|Messages\\.get)\\(\"([a-zA-Z0-9_.\\-]+)\"\\s*[,)]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() {
        Set<String> vietnamese = Messages.all(Messages.VIETNAMESE).keySet();
        Set<String> english = Messages.all(Messages.ENGLISH).keySet();
        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(vietnamese));
        assertThat(Messages.all(Messages.VIETNAMESE).values()).noneMatch(String::isBlank);
        assertThat(Messages.all(Messages.ENGLISH).values()).noneMatch(String::isBlank);
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!Messages.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void argumentsAreFormattedAndApostrophesKept() {
        assertThat(Messages.get(Messages.VIETNAMESE, "home.welcome", "An")).isEqualTo("Xin chào, An");
        assertThat(Messages.get(Messages.ENGLISH, "home.welcome", "An")).isEqualTo("Welcome, An");
        assertThat(Messages.get(Messages.ENGLISH, "home.help.REPORTER")).contains("unit's");
        assertThat(Messages.get(Messages.VIETNAMESE, "no.such.key")).isEqualTo("!no.such.key!");
    }
}
