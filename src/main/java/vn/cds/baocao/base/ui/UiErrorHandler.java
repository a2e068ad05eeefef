package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/** Whatever goes wrong behind a click, the user reads a sentence in their language, never a stack trace. */
class UiErrorHandler implements ErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        String message = userMessage(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String userMessage(Throwable error) {
        return UserFacingError.of(error).message();
    }
}
