package vn.cds.baocao.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A login form posted without the CSRF token of the visitor's own login page (a forged form on another site, or a
 * login page left open past the end of its session) goes back to the login page, with a sentence instead of an
 * error code; nobody is signed in. Other requests without their token are refused with 403.
 */
public final class LoginCsrfDeniedHandler implements AccessDeniedHandler {

    private final RequestMatcher loginPost;
    private final String expiredPage;
    private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

    public LoginCsrfDeniedHandler(String loginPath) {
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        this.expiredPage = loginPath + "?error=expired";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (loginPost.matches(request)) {
            new DefaultRedirectStrategy().sendRedirect(request, response, expiredPage);
        } else {
            others.handle(request, response, denied);
        }
    }
}
