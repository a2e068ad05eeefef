package vn.cds.baocao.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every UI starts in the session's language (Vietnamese by default) and shows errors as clear messages. */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(LanguagePreference.get(init.getUI().getSession())));
    }
}
