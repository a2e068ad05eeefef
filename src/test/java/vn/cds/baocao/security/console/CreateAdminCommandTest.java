package vn.cds.baocao.security.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.ConsoleAdminService;
import vn.cds.baocao.support.CdsSpringTest;

/** {@code create-admin} on the console: the password typed twice, or one line of stdin for scripts. */
@CdsSpringTest
class CreateAdminCommandTest {

    private static final String USERNAME = "console.cmd";
    private static final String PASSWORD = "Dong-Xoai#2031 rain";

    @Autowired
    ConsoleAdminService service;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void removeTheAccounts() {
        jdbc.update("DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username LIKE 'console.%')");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'console.%'");
        jdbc.update("DELETE FROM admin_audit WHERE object_key LIKE 'console.%'");
    }

    @Test
    void withPasswordStdinTheFirstLineIsThePasswordSpacesIncluded() {
        CreateAdminCommand.Options options = CreateAdminCommand.Options.parse(new String[] {
                USERNAME, "--password-stdin", "--full-name=Nguyễn Văn Quản", "--spring.profiles.active=x"});
        assertThat(options).isEqualTo(new CreateAdminCommand.Options(USERNAME, "Nguyễn Văn Quản", true));
        ByteArrayInputStream stdin = new ByteArrayInputStream((PASSWORD + "\nignored\n").getBytes(StandardCharsets.UTF_8));

        int exit = command(service).run(options, CreateAdminCommand.input(options, stdin, null));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã tạo tài khoản quản trị " + USERNAME);
        AppUser admin = users.findByUsername(USERNAME).orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getFullName()).isEqualTo("Nguyễn Văn Quản");
        assertThat(encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void onTheConsoleThePasswordIsAskedTwiceAndTwoDifferentAnswersCreateNothing() {
        CreateAdminCommand.Options options = CreateAdminCommand.Options.parse(new String[] {USERNAME});
        Deque<String> typed = new ArrayDeque<>(List.of(PASSWORD, PASSWORD + "x"));
        List<String> prompts = new java.util.ArrayList<>();

        int exit = command(service).run(options, CreateAdminCommand.typedTwice(prompt -> {
            prompts.add(prompt);
            return typed.removeFirst().toCharArray();
        }));

        assertThat(exit).isEqualTo(1);
        assertThat(prompts).containsExactly("Mật khẩu cho " + USERNAME + ": ", "Nhập lại mật khẩu: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Hai lần nhập mật khẩu không giống nhau");
        assertThat(users.existsByUsername(USERNAME)).isFalse();

        Deque<String> same = new ArrayDeque<>(List.of(PASSWORD, PASSWORD));
        assertThat(command(service).run(options, CreateAdminCommand.typedTwice(p -> same.removeFirst().toCharArray())))
                .isZero();
        assertThat(users.existsByUsername(USERNAME)).isTrue();
    }

    @Test
    void anExistingUsernameIsRefusedBeforeThePasswordIsAsked() {
        AtomicBoolean asked = new AtomicBoolean();
        int exit = command(service).run(new CreateAdminCommand.Options("admin", null, false), username -> {
            asked.set(true);
            return PASSWORD;
        });

        assertThat(exit).isEqualTo(1);
        assertThat(asked).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tên đăng nhập \"admin\" đã có người dùng");
    }

    @Test
    void aWeakPasswordOrNoConsoleIsRefusedWithTheReason() {
        CreateAdminCommand.Options options = new CreateAdminCommand.Options(USERNAME, null, true);
        int weak = command(service).run(options, CreateAdminCommand.input(options,
                new ByteArrayInputStream("123456\n".getBytes(StandardCharsets.UTF_8)), null));
        assertThat(weak).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ít nhất");

        CreateAdminCommand.Options interactive = new CreateAdminCommand.Options(USERNAME, null, false);
        assertThat(command(service).run(interactive, CreateAdminCommand.input(interactive, System.in, null)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--password-stdin");
        assertThat(users.existsByUsername(USERNAME)).isFalse();
    }

    @Test
    void withoutAUsernameTheUsageIsShown() {
        assertThat(CreateAdminCommand.Options.parse(new String[] {"--password-stdin"})).isNull();
        assertThat(CreateAdminCommand.Options.parse(new String[] {"a.b", "c.d"})).isNull();
        CreateAdminCommand.printUsage(print(err));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("create-admin <tên đăng nhập>");
    }

    private CreateAdminCommand command(ConsoleAdminService withService) {
        return new CreateAdminCommand(withService, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
