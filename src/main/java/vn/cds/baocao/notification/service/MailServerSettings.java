package vn.cds.baocao.notification.service;

import java.util.Optional;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server e-mails go to, read at every send: Spring Boot's {@code spring.mail.*} settings (e-mail is
 * switched off while {@code spring.mail.host} is empty). The whole test suite shares one Spring context, so a test
 * cannot restart the application with other mail properties; instead it points these settings at its own SMTP
 * server on a free port ({@link #pointAt}) and switches back ({@link #useConfigured}) afterwards.
 */
@Component
public class MailServerSettings {

    private final MailProperties configured;
    private volatile MailServer override;

    public MailServerSettings(MailProperties configured) {
        this.configured = configured;
    }

    /** The server to use now; empty when e-mail is switched off. */
    public Optional<MailServer> current() {
        MailServer pointed = override;
        if (pointed != null) {
            return Optional.of(pointed);
        }
        if (!StringUtils.hasText(configured.getHost())) {
            return Optional.empty();
        }
        return Optional.of(new MailServer(configured.getHost(), configured.getPort(), configured.getUsername(),
                configured.getPassword(), configured.getProtocol(), configured.getProperties()));
    }

    public boolean isEnabled() {
        return current().isPresent();
    }

    /** Sends to this server instead of the configured one, until {@link #useConfigured()}. */
    public void pointAt(MailServer server) {
        this.override = server;
    }

    public void useConfigured() {
        this.override = null;
    }
}
