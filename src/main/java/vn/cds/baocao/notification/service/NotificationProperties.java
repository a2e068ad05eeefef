package vn.cds.baocao.notification.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications ({@code cds.notifications.*} in application.yml). The SMTP server itself is
 * Spring Boot's {@code spring.mail.*}; see docs/notifications.md.
 *
 * @param baseUrl      the address users open the application at, e.g. {@code https://baocao.example.gov.vn};
 *                     e-mails link to it. Empty: e-mails carry no link.
 * @param pollInterval  how often an open page refreshes the bell's count (zero: only on navigation)
 * @param pollIdleLimit the page stops refreshing when the user has not used mouse, keyboard or screen for this
 *                      long, so an unattended session still times out
 */
@ConfigurationProperties("cds.notifications")
public record NotificationProperties(@DefaultValue("") String baseUrl,
                                     @DefaultValue("60s") Duration pollInterval,
                                     @DefaultValue("5m") Duration pollIdleLimit,
                                     @DefaultValue Deadline deadline,
                                     @DefaultValue Mail mail) {

    /**
     * @param warningDays       "deadline soon" is announced when the unit's deadline is this many days away or
     *                          fewer (and not yet passed)
     * @param overdueWindowDays "overdue" is announced only within this many days after the deadline, so a new
     *                          installation does not announce every old open period at once
     */
    public record Deadline(@DefaultValue("3") int warningDays, @DefaultValue("7") int overdueWindowDays) {
    }

    /**
     * @param from        sender address of the e-mails
     * @param fromName    sender name shown by mail programs
     * @param maxAttempts how many times one e-mail is tried before it stays FAILED
     * @param retryAfter  how long a failed (or never picked up) e-mail waits before the retry job tries again
     * @param timeout     connect/read/write timeout towards the SMTP server
     */
    public record Mail(@DefaultValue("no-reply@localhost") String from,
                       @DefaultValue("CĐS Báo cáo") String fromName,
                       @DefaultValue("3") int maxAttempts,
                       @DefaultValue("10m") Duration retryAfter,
                       @DefaultValue("10s") Duration timeout) {
    }
}
