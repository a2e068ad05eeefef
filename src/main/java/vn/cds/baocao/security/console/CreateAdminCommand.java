package vn.cds.baocao.security.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.security.service.ConsoleAdminService;

/**
 * {@code java -jar app.jar create-admin <username> [--full-name="Họ và tên"] [--password-stdin]}: creates an
 * administrator. The password is typed twice on the console without echo, or read as one line from standard input
 * with {@code --password-stdin} (scripts). See docs/deployment.md.
 */
public final class CreateAdminCommand {

    static final String PASSWORD_STDIN = "--password-stdin";
    static final String FULL_NAME = "--full-name=";

    private final ConsoleAdminService service;
    private final PrintStream out;
    private final PrintStream err;

    public CreateAdminCommand(ConsoleAdminService service, PrintStream out, PrintStream err) {
        this.service = service;
        this.out = out;
        this.err = err;
    }

    /** The username and our own options; every other argument is a Spring setting (--spring..., --cds...). */
    public record Options(String username, String fullName, boolean passwordFromStdin) {

        /** Null when the arguments name no username (the usage is printed). */
        public static Options parse(String[] args) {
            List<String> names = new ArrayList<>();
            String fullName = null;
            boolean stdin = false;
            for (String arg : args) {
                if (arg.equals(PASSWORD_STDIN)) {
                    stdin = true;
                } else if (arg.startsWith(FULL_NAME)) {
                    fullName = arg.substring(FULL_NAME.length());
                } else if (!arg.startsWith("--")) {
                    names.add(arg);
                }
            }
            return names.size() == 1 ? new Options(names.get(0), fullName, stdin) : null;
        }
    }

    public static void printUsage(PrintStream err) {
        err.println(Messages.get(Messages.VIETNAMESE, "admin.console.usage"));
    }

    /** Where the password comes from; {@link #input(Options, InputStream, Console)} picks one. */
    @FunctionalInterface
    public interface PasswordInput {
        String read(String username);
    }

    public static PasswordInput input(Options options, InputStream stdin, Console console) {
        if (options.passwordFromStdin()) {
            return username -> firstLine(stdin);
        }
        if (console == null) {
            return username -> {
                throw new BusinessException("admin.console.noConsole");
            };
        }
        return typedTwice(prompt -> console.readPassword("%s", prompt));
    }

    /** Asks twice (without echo on a console) and refuses two different answers. */
    static PasswordInput typedTwice(Function<String, char[]> prompt) {
        return username -> {
            char[] first = prompt.apply(Messages.get(Messages.VIETNAMESE, "admin.console.passwordPrompt", username));
            char[] second = prompt.apply(Messages.get(Messages.VIETNAMESE, "admin.console.passwordAgain"));
            try {
                if (first == null || second == null) {
                    throw new BusinessException("admin.password.required");
                }
                if (!Arrays.equals(first, second)) {
                    throw new BusinessException("admin.console.passwordMismatch");
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (second != null) {
                    Arrays.fill(second, ' ');
                }
            }
        };
    }

    /** One line of standard input, without its line break (spaces are part of the password). */
    static String firstLine(InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new BusinessException("admin.password.required");
            }
            return line;
        } catch (IOException e) {
            throw new BusinessException("admin.password.required");
        }
    }

    /** Checks the username, reads the password, creates the account. Exit code 0 on success, 1 when refused. */
    public int run(Options options, PasswordInput passwords) {
        try {
            String username = service.checkNewUsername(options.username());
            String password = passwords.read(username);
            service.createAdministrator(username, options.fullName(), password, System.getProperty("user.name"));
            out.println(Messages.get(Messages.VIETNAMESE, "admin.console.created", username));
            return 0;
        } catch (BusinessException e) {
            err.println(e.getLocalizedMessage());
            return 1;
        }
    }
}
