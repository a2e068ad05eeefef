package vn.cds.baocao.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.exchange.service.ApiDataService.NotFoundException;

/** Every failure of an API call answers JSON with a Vietnamese sentence, never an HTML page or a stack trace. */
@RestControllerAdvice(assignableTypes = {ApiController.class, ApiExceptionHandler.UnknownPath.class})
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Clock clock;

    ApiExceptionHandler(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiErrors.ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, e.getMessageKey(), e.getArgs(), request);
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiErrors.ApiError> refused(BusinessException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessageKey(), e.getArgs(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiErrors.ApiError> denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, "exchange.api.error.forbidden", new Object[0], request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors.ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("API request {}: the database cannot be reached ({})", request.getRequestURI(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, ApiErrors.RETRY_AFTER_DATABASE_SECONDS)
                    .body(ApiErrors.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE_KEY, new Object[0],
                            ApiErrors.path(request), clock));
        }
        log.error("API request {} failed", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "exchange.api.error.unexpected", new Object[0], request);
    }

    private ResponseEntity<ApiErrors.ApiError> answer(HttpStatus status, String key, Object[] args,
                                                      HttpServletRequest request) {
        // JSON whatever the client asked for in Accept (a JSON error is better than none)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.of(status, key, args, ApiErrors.path(request), clock));
    }

    /** Any other address under /api: a JSON 404 rather than the application's HTML page. */
    @io.swagger.v3.oas.annotations.Hidden
    @RestController
    static class UnknownPath {

        @RequestMapping("/api/**")
        void unknown() {
            throw new NotFoundException("exchange.api.error.unknownPath");
        }
    }
}
