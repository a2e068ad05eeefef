package vn.cds.baocao.exchange.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.exchange.service.ApiTokenService;
import vn.cds.baocao.exchange.service.ApiTokenService.ApiClient;

/**
 * Authenticates every /api/v1 request by its {@code Authorization: Bearer <token>} header: no token or an unknown
 * or revoked one is answered 401, a client over its rate 429, both with a JSON body in Vietnamese. A known token
 * becomes an authentication with the single role API for this request only (no session).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String ROLE_API = "ROLE_API";
    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiRateLimiter limiter;
    private final JsonMapper json;
    private final Clock clock;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimiter limiter, JsonMapper json, Clock clock) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            refuse(response, request, HttpStatus.UNAUTHORIZED, "exchange.api.error.noToken");
            return;
        }
        Optional<ApiClient> client;
        try {
            client = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            ApiErrors.writeDatabaseUnavailable(response, json, request, clock);
            return;
        }
        if (client.isEmpty()) {
            refuse(response, request, HttpStatus.UNAUTHORIZED, "exchange.api.error.badToken");
            return;
        }
        long wait = limiter.tryAcquire(client.get().tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            ApiErrors.write(response, json, ApiErrors.of(HttpStatus.TOO_MANY_REQUESTS, "exchange.api.error.rateLimited",
                    new Object[] {String.valueOf(wait)}, ApiErrors.path(request), clock));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiAuthentication(client.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String key)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cds-baocao\"");
        ApiErrors.write(response, json, ApiErrors.of(status, key, new Object[0], ApiErrors.path(request), clock));
    }

    /** The calling system, authenticated by its token. */
    static final class ApiAuthentication extends AbstractAuthenticationToken {

        private final transient ApiClient client;

        ApiAuthentication(ApiClient client) {
            super(List.of(new SimpleGrantedAuthority(ROLE_API)));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return "api:" + client.prefix();
        }
    }
}
