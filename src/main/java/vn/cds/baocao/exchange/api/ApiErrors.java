package vn.cds.baocao.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.base.i18n.Messages;

/** Errors of the JSON API: a JSON body with the HTTP status, a machine code and a Vietnamese sentence. */
final class ApiErrors {

    /** The body of every API error. */
    record ApiError(int status, String error, String message, String path, OffsetDateTime timestamp) {
    }

    static final String RETRY_AFTER_DATABASE_SECONDS = "60";

    private ApiErrors() {
    }

    static ApiError of(HttpStatus status, String messageKey, Object[] args, String path, Clock clock) {
        return new ApiError(status.value(), status.name(), Messages.get(Messages.VIETNAMESE, messageKey, args), path,
                OffsetDateTime.now(clock).withNano(0));
    }

    static void write(HttpServletResponse response, JsonMapper json, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(error));
    }

    /** 503 while the database cannot be reached: the client may retry in a minute. */
    static void writeDatabaseUnavailable(HttpServletResponse response, JsonMapper json, HttpServletRequest request,
                                         Clock clock) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_DATABASE_SECONDS);
        write(response, json, of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE_KEY, new Object[0],
                path(request), clock));
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
