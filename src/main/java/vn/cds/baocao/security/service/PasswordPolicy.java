package vn.cds.baocao.security.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;

/**
 * The password rules: at least {@code cds.security.password-min-length} (10) characters, not containing the
 * username, not on the list of common passwords shipped in {@code security/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#$%&*!?";

    private final int minLength;
    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    public PasswordPolicy(@Value("${cds.security.password-min-length:10}") int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    /** Refuses a password that breaks a rule, with the rule in the message. */
    public void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new BusinessException("admin.password.required");
        }
        if (password.length() < minLength) {
            throw new BusinessException("admin.password.tooShort", String.valueOf(minLength));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessException("admin.password.tooLong", String.valueOf(MAX_BYTES));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("admin.password.containsUsername");
        }
        if (isCommon(password)) {
            throw new BusinessException("admin.password.common");
        }
    }

    public boolean isCommon(String password) {
        return common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    public int minLength() {
        return minLength;
    }

    /** A random password that passes every rule (14 characters; no 0/O, 1/l/I to read it out without mistakes). */
    public String generate(String username) {
        String all = LETTERS + DIGITS + SYMBOLS;
        while (true) {
            StringBuilder password = new StringBuilder();
            password.append(pick(LETTERS)).append(pick(DIGITS)).append(pick(SYMBOLS));
            while (password.length() < Math.max(14, minLength)) {
                password.append(pick(all));
            }
            String candidate = shuffle(password);
            try {
                check(username, candidate);
                return candidate;
            } catch (BusinessException unlikely) {
                // contained the username by chance: draw again
            }
        }
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private String shuffle(StringBuilder chars) {
        for (int i = chars.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = chars.charAt(i);
            chars.setCharAt(i, chars.charAt(j));
            chars.setCharAt(j, c);
        }
        return chars.toString();
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(
                PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS), COMMON_PASSWORDS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
