package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.env.Environment;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Idle sessions end after the configured timeout (30 minutes by default). Vaadin's heartbeat would keep an open
 * browser tab's session alive for ever; closeIdleSessions makes only user activity count.
 */
@CdsSpringTest
class SessionTimeoutTest {

    @Autowired
    Environment environment;
    @Autowired
    ServletContext servletContext;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void sessionsTimeOutAfterThirtyIdleMinutesDespiteHeartbeats() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        VaadinServletService service = vaadinServlet.getServlet().getService();
        assertThat(service.getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(service.getDeploymentConfiguration().getHeartbeatInterval()).isLessThan(30 * 60);
    }
}
