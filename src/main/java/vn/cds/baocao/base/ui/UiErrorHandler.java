package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;

/** Whatever goes wrong behind a click, the user reads a sentence in their language, never a stack trace. */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = userMessage(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String userMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business.getLocalizedMessage();
            }
            if (t instanceof AccessDeniedException) {
                return Messages.get("error.accessDenied");
            }
            if (t instanceof OptimisticLockingFailureException) {
                return Messages.get("error.concurrentChange");
            }
        }
        log.error("Unexpected error in the UI", error);
        return Messages.get("error.unexpected");
    }
}
