package vn.cds.baocao.notification.service;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mails on a background thread of its own, one after another, so a slow or unreachable mail server
 * never holds up a user. A full queue or a stopped application leaves e-mails PENDING; the retry job sends them.
 */
@Component
public class MailOutbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int QUEUE_CAPACITY = 10_000;

    private final NotificationMailer mailer;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public MailOutbox(NotificationMailer mailer) {
        this.mailer = mailer;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(QUEUE_CAPACITY);
        executor.setThreadNamePrefix("notification-mail-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    public void enqueue(Collection<Long> notificationIds) {
        for (Long id : notificationIds) {
            try {
                executor.execute(() -> mailer.send(id));
            } catch (TaskRejectedException e) {
                log.warn("E-mail queue full; notification {} stays pending for the retry job", id);
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
