package vn.cds.baocao.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.base.error.BusinessException;

/**
 * The parameters of an API call are checked before anything is looked up: only the documented query parameters,
 * each once, and no value longer than any code of the API. A misspelt parameter ({@code unitTyp=DISTRICT}) is a
 * 400 naming it, never an answer that silently ignores it.
 */
final class ApiParameters {

    /** Longer than any period, unit, unit type or indicator code. */
    static final int MAX_LENGTH = 100;

    private ApiParameters() {
    }

    /**
     * @param allowed the query parameters the endpoint documents
     * @param path    the path variables, name then value, checked for their length
     */
    static void check(HttpServletRequest request, List<String> allowed, String... path) {
        for (int i = 0; i + 1 < path.length; i += 2) {
            checkLength(path[i], path[i + 1]);
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                throw new BusinessException(allowed.isEmpty() ? "exchange.api.error.noParameters"
                        : "exchange.api.error.unknownParameter", shortened(name), String.join(", ", allowed));
            }
            if (parameter.getValue().length > 1) {
                throw new BusinessException("exchange.api.error.repeatedParameter", name);
            }
            checkLength(name, parameter.getValue()[0]);
        }
    }

    private static void checkLength(String name, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw new BusinessException("exchange.api.error.parameterTooLong", name, String.valueOf(MAX_LENGTH));
        }
    }

    private static String shortened(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }
}
