package vn.cds.baocao.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.security.service.LoginAttempts;
import vn.cds.baocao.security.service.LoginThrottle;

/**
 * A login while the database cannot be reached (issue 9, item 11) says so, quickly, instead of "wrong password".
 * The shared test database stays up: these logins go to a MariaDB address where nothing listens.
 */
class DatabaseDownLoginTest {

    private static DriverManagerDataSource unreachable;

    @BeforeAll
    static void aDatabaseThatIsDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        unreachable = new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:" + closedPort
                + "/cds?connectTimeout=2000", "cds", "x");
    }

    @Test
    void theAccountsCannotBeReadThenTheLoginPageSaysTheDatabaseIsUnavailable() throws Exception {
        // the application's UserDetailsService reads the account in a transaction, as here
        UserDetailsService accounts = username -> new TransactionTemplate(
                new DataSourceTransactionManager(unreachable)).execute(status -> null);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        ProviderManager login = new ProviderManager(List.of(passwordCheck));

        long started = System.nanoTime();
        AuthenticationException failure = failureOf(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("reporter", "BaoCao@2024")));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure).isInstanceOf(InternalAuthenticationServiceException.class)
                .hasCauseInstanceOf(CannotCreateTransactionException.class)
                .hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(redirectAfter(failure)).isEqualTo("/login?error=database");
    }

    @Test
    void theLoginAttemptsCannotBeCountedThenTooItIsTheDatabaseNotTheUser() {
        LoginAttempts attemptsOnADownDatabase = new LoginAttempts(null, null, null, null, 5, 15) {
            @Override
            public Attempt begin(String username) {
                // what the real, transactional begin() meets first when the database is down
                return new TransactionTemplate(new DataSourceTransactionManager(unreachable)).execute(status -> {
                    new JdbcTemplate(unreachable).update("UPDATE app_user SET failed_login_count = 1");
                    return Attempt.COUNTED;
                });
            }
        };
        LoginGuard guard = new LoginGuard(new DaoAuthenticationProvider(username -> {
            throw new AssertionError("the password is not checked");
        }), attemptsOnADownDatabase, new LoginThrottle(30, Duration.ofMinutes(10), Duration.ofMinutes(15)),
                new BCryptPasswordEncoder());

        AuthenticationException failure = failureOf(() -> guard.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("reporter", "BaoCao@2024")));
        assertThat(failure).isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(LoginFailureHandler.target(failure)).isEqualTo("/login?error=database");
    }

    @Test
    void everyOtherFailureHasItsOwnPlaceButTheUsersFailuresShareOne() {
        assertThat(LoginFailureHandler.target(new BadCredentialsException("wrong"))).isEqualTo("/login?error");
        assertThat(LoginFailureHandler.target(new DisabledException("disabled"))).isEqualTo("/login?error");
        assertThat(LoginFailureHandler.target(new LockedException("locked"))).isEqualTo("/login?error");
        assertThat(LoginFailureHandler.target(new LoginThrottledException())).isEqualTo("/login?error=throttled");
        assertThat(LoginFailureHandler.target(new InternalAuthenticationServiceException("pool",
                new CannotCreateTransactionException("no connection",
                        new SQLTransientConnectionException("Connection is not available")))))
                .isEqualTo("/login?error=database");
        assertThat(LoginFailureHandler.target(new AuthenticationServiceException("bug",
                new IllegalStateException("not the database")))).isEqualTo("/login?error=system");
    }

    @Test
    void theDatabaseMessageIsTheOneOfTheIssue() {
        assertThat(Messages.get(Messages.VIETNAMESE, "login.error.databaseUnavailable"))
                .isEqualTo("Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.");
    }

    private static String redirectAfter(AuthenticationException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LoginFailureHandler().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response,
                failure);
        return response.getRedirectedUrl();
    }

    private static AuthenticationException failureOf(Runnable login) {
        try {
            login.run();
        } catch (AuthenticationException failure) {
            return failure;
        }
        throw new AssertionError("the login did not fail");
    }
}
