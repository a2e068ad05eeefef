package vn.cds.baocao;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cds.baocao.base.database.DatabaseCommand;
import vn.cds.baocao.security.console.CreateAdminCommand;
import vn.cds.baocao.security.service.ConsoleAdminService;

/**
 * The administration commands of the jar, chosen by the first argument (docs/deployment.md):
 * {@code backup <file>}, {@code restore <file>}, {@code create-admin <username>}. None of them opens a web port.
 */
final class Commands {

    static final String CREATE_ADMIN = "create-admin";
    private static final Set<String> NAMES = Set.of(DatabaseCommand.BACKUP, DatabaseCommand.RESTORE, CREATE_ADMIN);

    /**
     * What the create-admin context overrides; system properties outrank application.yml. No web port, the
     * running application's embedded server if there is one, no scheduled work.
     */
    private static final Map<String, String> CREATE_ADMIN_SETTINGS = Map.of(
            "server.port", "-1",
            "cds.embedded-db.join-running", "true",
            "cds.periods.auto-create", "false",
            "cds.notifications.deadline.cron", "-",
            "cds.notifications.mail.retry-cron", "-",
            "spring.main.banner-mode", "off",
            "spring.main.log-startup-info", "false",
            "logging.level.root", "WARN");

    private Commands() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    static int run(String[] args) {
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (CREATE_ADMIN.equals(command)) {
            return createAdmin(rest);
        }
        return new DatabaseCommand(System.out, System.err).run(command, rest);
    }

    private static int createAdmin(String[] args) {
        CreateAdminCommand.Options options = CreateAdminCommand.Options.parse(args);
        if (options == null) {
            CreateAdminCommand.printUsage(System.err);
            return 2;
        }
        CREATE_ADMIN_SETTINGS.forEach(System::setProperty);
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(Application.class).run(args);
        } catch (RuntimeException startFailed) {
            // Spring Boot has printed why the application could not start ("APPLICATION FAILED TO START")
            return 1;
        }
        try (context) {
            CreateAdminCommand command =
                    new CreateAdminCommand(context.getBean(ConsoleAdminService.class), System.out, System.err);
            return command.run(options, CreateAdminCommand.input(options, System.in, System.console()));
        }
    }
}
