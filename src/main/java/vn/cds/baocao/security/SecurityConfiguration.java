package vn.cds.baocao.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.cds.baocao.security.service.LoginAttempts;
import vn.cds.baocao.security.service.LoginThrottle;
import vn.cds.baocao.security.ui.LoginView;
import vn.cds.baocao.security.web.LoginCsrfDeniedHandler;
import vn.cds.baocao.security.web.LoginFailureHandler;
import vn.cds.baocao.security.web.LoginGuard;

/**
 * Form login with the Vaadin login view; method security on every service. Views carry their own access
 * annotations, but the rules are enforced again in the services they call. What each measure is for, and which
 * test proves it: docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    static final String LOGIN = "/login";

    /**
     * What the browser may load and run. Vaadin's client engine is started by an inline script and runs the
     * expressions the server sends as functions, hence 'unsafe-inline' and 'unsafe-eval' for scripts and inline
     * styles (Vaadin's documented requirement); everything else comes from this server only, and no other site
     * may frame the pages, receive a form or set the base address.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/webjars/**", "/cds/**", "/images/**", "/favicon.ico").permitAll());
        // the load balancer's health check (docs/deployment.md): status only, no details (application.yml)
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        // The error page of a refused or failed request (base.error.HttpErrorPage) renders for everyone: without
        // this, the error dispatch is refused as well and the browser shows its own English "HTTP ERROR 403".
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; every other form, the login form included, needs
        // Spring's (Vaadin's configurer would exempt the login form).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new LoginCsrfDeniedHandler(LOGIN));
                        return filter;
                    }
                }));
        // Every session is registered per user, so that disabling an account can end its sessions (UserSessions).
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                // the session is already invalidated: answer the request as one without a session (Vaadin then
                // reloads the page, which leads to the login page), not with Spring's plain-text notice
                .expiredSessionStrategy(expired -> {
                    if (expired.getFilterChain() != null) {
                        expired.getFilterChain().doFilter(expired.getRequest(), expired.getResponse());
                    } else {
                        expired.getResponse().sendRedirect(expired.getRequest().getContextPath() + LOGIN);
                    }
                }));
        http.headers(headers -> headers
                // written before the request is handled: written at its end (Spring's default), they were missing
                // from Vaadin's pages, which its servlet answers through a forward
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // the login page as Vaadin's configurer sets it too (set here as well, or Spring would generate its own)
        http.formLogin(form -> form.loginPage(LOGIN).failureHandler(new LoginFailureHandler()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * The password check of the login form, wrapped by {@link LoginGuard}: the password first, then whether the
     * account may sign in, so that a disabled or locked account answers like a wrong password.
     */
    @Bean
    AuthenticationProvider loginAuthentication(UserDetailsService accounts, PasswordEncoder encoder,
                                               LoginAttempts attempts, LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(encoder);
        passwordCheck.setPreAuthenticationChecks(account -> { });
        passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new LoginGuard(passwordCheck, attempts, throttle, encoder);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a servlet session ends or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * No Micrometer observation of each request's filters, each login or each method authorization: nothing reads
     * them (only the health endpoint is exposed, no tracing), and every secured service call paid for one (6 % of
     * the tables' computation on the demo data, issue 14).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
