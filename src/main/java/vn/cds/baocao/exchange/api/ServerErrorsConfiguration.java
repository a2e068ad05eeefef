package vn.cds.baocao.exchange.api;

import java.time.Clock;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ApiErrorReportValve} in place of Tomcat's error report (also the one Spring Boot adds), so errors
 * Tomcat answers itself are JSON for the API.
 */
@Configuration
class ServerErrorsConfiguration {

    @Bean
    ErrorValveCustomizer apiErrorReportValve(JsonMapper json, Clock clock) {
        return new ErrorValveCustomizer(json, clock);
    }

    /** Runs after Spring Boot's own Tomcat settings, which add the error report valve this one replaces. */
    static final class ErrorValveCustomizer
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final JsonMapper json;
        private final Clock clock;

        ErrorValveCustomizer(JsonMapper json, Clock clock) {
            this.json = json;
            this.clock = clock;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ApiErrorReportValve(json, clock));
                    // the host adds a report valve of this class only when it has none: ours stays alone
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
