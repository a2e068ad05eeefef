package vn.cds.baocao.base.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The page a browser gets for an HTTP error outside the Vaadin screens (an address Spring Security refuses, a missing
 * file, a request the server cannot read, a failure before any screen is reached): Vietnamese, from the message
 * bundle, with a link back to the home page, instead of Chrome's "HTTP ERROR 403" or Spring's English Whitelabel
 * page. Spring Boot's error controller picks it for clients that accept HTML; others keep Boot's JSON answer. When
 * the database cannot be reached, the page says so and answers 503.
 */
@Component
class HttpErrorPage implements ErrorViewResolver {

    private final ErrorAttributes errors;

    HttpErrorPage(ErrorAttributes errors) {
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        boolean databaseDown = error != null && DatabaseUnavailable.isCause(error);
        HttpStatus answered = databaseDown ? HttpStatus.SERVICE_UNAVAILABLE : status;
        return new ModelAndView(new Page(answered, explanation(answered, databaseDown), request.getContextPath()));
    }

    private static String explanation(HttpStatus status, boolean databaseDown) {
        if (databaseDown) {
            return Messages.get(Messages.VIETNAMESE, DatabaseUnavailable.MESSAGE_KEY);
        }
        return switch (status) {
            case FORBIDDEN, UNAUTHORIZED -> Messages.get(Messages.VIETNAMESE, "error.page.forbidden");
            case NOT_FOUND, METHOD_NOT_ALLOWED -> Messages.get(Messages.VIETNAMESE, "error.page.notFound");
            default -> status.is4xxClientError() ? Messages.get(Messages.VIETNAMESE, "error.page.badRequest")
                    : Messages.get(Messages.VIETNAMESE, "error.unexpected");
        };
    }

    /** A self-contained HTML page: no script, no style sheet or font to load (the server may be half down). */
    private record Page(HttpStatus status, String explanation, String contextPath) implements View {

        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            String title = Messages.get(Messages.VIETNAMESE, "error.page.title");
            String html = """
                    <!DOCTYPE html>
                    <html lang="vi">
                    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s · %s</title>
                    <style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem;\
                    color:#1a1a1a}h1{font-size:1.5rem}.code{color:#666;font-size:.875rem}a{color:#0b57d0}</style>
                    </head>
                    <body>
                    <p>%s</p>
                    <h1>%s</h1>
                    <p id="error-explanation">%s</p>
                    <p class="code">%s</p>
                    <p><a id="error-home" href="%s/">%s</a></p>
                    </body>
                    </html>
                    """.formatted(escape(title), escape(Messages.get(Messages.VIETNAMESE, "app.name")),
                    escape(Messages.get(Messages.VIETNAMESE, "app.name")), escape(title), escape(explanation),
                    escape(Messages.get(Messages.VIETNAMESE, "error.page.status", String.valueOf(status.value()))),
                    escape(contextPath), escape(Messages.get(Messages.VIETNAMESE, "error.backHome")));
            response.setStatus(status.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(html);
        }

        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
        }
    }
}
