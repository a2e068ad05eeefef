package vn.cds.baocao.exchange.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.base.i18n.Messages;

/**
 * Tomcat's own error answers — a request it refuses before the application sees it: an encoded slash ({@code %2F})
 * in the path, a request line or header over its size limit — are JSON in Vietnamese for the API (and for a
 * request too damaged to tell), a short Vietnamese page for the screens, instead of Tomcat's English HTML.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;
    private final Clock clock;

    ApiErrorReportValve(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: only an error nobody answered yet, and only while the connection can still be written
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            if (isApi(request)) {
                writeJson(request, response, status);
            } else {
                writePage(response, status);
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing more to say
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }

    private void writeJson(Request request, Response response, int status) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus shown = known != null ? known : status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR
                : HttpStatus.BAD_REQUEST;
        String key = status >= 500 ? "exchange.api.error.unexpected" : "exchange.api.error.refusedByServer";
        ApiErrors.ApiError error = ApiErrors.of(shown, key, new Object[0], path(request), clock);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
            writer.write(json.writeValueAsString(new ApiErrors.ApiError(status, error.error(), error.message(),
                    error.path(), error.timestamp())));
            response.finishResponse();
        }
    }

    private static void writePage(Response response, int status) throws IOException {
        String title = Messages.get(Messages.VIETNAMESE, "error.server.title", String.valueOf(status));
        String text = Messages.get(Messages.VIETNAMESE, status >= 500 ? "error.server.unexpected"
                : "error.server.refused");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
            writer.write("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                    + html(title) + "</title></head><body><h1>" + html(title)
                    + "</h1><p>" + html(text) + "</p><p><a href=\"/\">"
                    + html(Messages.get(Messages.VIETNAMESE, "error.server.home"))
                    + "</a></p></body></html>");
            response.finishResponse();
        }
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // only <, >, &, quotes: the page is UTF-8
    }

    /** An API address, or a request so damaged (request line too long) that its address is unknown. */
    static boolean isApi(Request request) {
        String uri = path(request);
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }

    private static String path(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
