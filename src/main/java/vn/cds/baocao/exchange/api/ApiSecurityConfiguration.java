package vn.cds.baocao.exchange.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.exchange.service.ApiTokenService;

/**
 * The security of the JSON API, separate from the screens' form login and checked first: every /api/** request is
 * stateless (no session, no cookie, no CSRF) and must carry an API token an administrator issued. The OpenAPI
 * description (/v3/api-docs) and its Swagger page (/swagger-ui.html) are public: they describe the interface and
 * hold no data; every data endpoint needs the token.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "CĐS Báo cáo – API chỉ đọc", version = "1",
        description = "Số liệu đã phê duyệt của báo cáo chuyển đổi số hằng tháng: chế độ báo cáo, kỳ báo cáo, "
                + "đơn vị, chỉ tiêu và chỉ tiêu phải đạt, dữ liệu đã phê duyệt, xếp hạng, trạng thái báo cáo. "
                + "Gửi khóa truy cập trong tiêu đề Authorization: Bearer <khóa>."),
        security = @SecurityRequirement(name = ApiSecurityConfiguration.SCHEME))
@SecurityScheme(name = ApiSecurityConfiguration.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Khóa truy cập API do quản trị viên cấp (quản trị → Khóa truy cập API).")
public class ApiSecurityConfiguration {

    static final String SCHEME = "khoa-truy-cap";
    static final String[] PUBLIC_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
        "/swagger-ui/**"};

    @Bean
    ApiRateLimiter apiRateLimiter(@Value("${cds.api.rate-limit.capacity:60}") int capacity,
                                  @Value("${cds.api.rate-limit.per-minute:60}") int perMinute) {
        return new ApiRateLimiter(capacity, perMinute, System::nanoTime);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimiter limiter,
                                               JsonMapper json, Clock clock) throws Exception {
        ApiTokenFilter tokenFilter = new ApiTokenFilter(tokens, limiter, json, clock);
        http.securityMatcher(concat("/api/**", PUBLIC_DOCS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_DOCS).permitAll()
                        .anyRequest().hasRole("API"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(tokenFilter, AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiErrors.write(response, json,
                                ApiErrors.of(HttpStatus.UNAUTHORIZED, "exchange.api.error.noToken", new Object[0],
                                        ApiErrors.path(request), clock)))
                        .accessDeniedHandler((request, response, e) -> ApiErrors.write(response, json,
                                ApiErrors.of(HttpStatus.FORBIDDEN, "exchange.api.error.forbidden", new Object[0],
                                        ApiErrors.path(request), clock))));
        return http.build();
    }

    /**
     * A request Spring Security's firewall rejects (a path that is not normalised, "//", ";", "%25"…) is a JSON 400
     * in Vietnamese under /api; other addresses keep a plain 400 (the application's error page).
     */
    @Bean
    WebSecurityCustomizer apiRequestRejectedHandler(JsonMapper json, Clock clock) {
        RequestRejectedHandler screens = new HttpStatusRequestRejectedHandler();
        return web -> web.requestRejectedHandler((request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiErrors.write(response, json, ApiErrors.of(HttpStatus.BAD_REQUEST,
                        "exchange.api.error.refusedByServer", new Object[0], ApiErrors.path(request), clock));
            } else {
                screens.handle(request, response, rejected);
            }
        });
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
